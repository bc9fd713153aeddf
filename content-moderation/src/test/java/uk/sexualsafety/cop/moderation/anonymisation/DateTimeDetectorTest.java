package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class DateTimeDetectorTest {

    private final Detector detector = new DateTimeDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            It happened on 12 March 2023.               | 12 March 2023
            on 12th March 2023 in the car               | 12th March 2023
            the 1st of December, 2022                   | 1st of December, 2022
            12 Mar 2023                                 | 12 Mar 2023
            on 3 Sept. 2021                             | 3 Sept. 2021
            on March 12, 2023                           | March 12, 2023
            by March 12th                               | March 12th
            on 12 March at the station                  | 12 March
            29 February 2024 was a leap day             | 29 February 2024
            on 12/03/2023                               | 12/03/2023
            on 12-03-2023                               | 12-03-2023
            on 12.03.2023                               | 12.03.2023
            on 1/3/23                                   | 1/3/23
            logged 2023-03-12 by control                | 2023-03-12
            in March 2023 she left                      | March 2023
            on Tuesday 14th                             | Tuesday 14th
            on Tuesday, 14 March 2023                   | Tuesday, 14 March 2023
            """)
    void findsDates(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.DATE, expected);
    }

    @Test
    void findsBothEndsOfARange() {
        assertThat(detector.detect("off sick 12/03/2023-14/03/2023, back 10:30-11:00"))
                .extracting(Finding::text)
                .containsExactly("12/03/2023", "14/03/2023", "10:30", "11:00");
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            she rang at 03:15 and left                  | 03:15
            at 3pm                                      | 3pm
            by 3.30pm.                                  | 3.30pm
            about 3:30 p.m. that day                    | 3:30 p.m.
            at 11 AM                                    | 11 AM
            at 1530hrs                                  | 1530hrs
            at 0315 hours                               | 0315 hours
            logged 10:30:45                             | 10:30:45
            """)
    void findsTimesAndProposesTime(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.DATE, expected, "[time]");
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\" as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            it was last Tuesday at 3am                  | last Tuesday at 3am           | recently
            Last Tuesday at 3am it began                | Last Tuesday at 3am           | Recently
            on Friday night at 11pm                     | on Friday night at 11pm       | recently
            Yesterday at 15:30 she texted               | Yesterday at 15:30            | Recently
            this morning around 9am                     | this morning around 9am       | recently
            it was last Tuesday                         | last Tuesday                  | recently
            this past Saturday evening                  | this past Saturday evening    | recently
            last tues he did it again                   | last tues                     | recently
            this monday i told my manager               | this monday                   | recently
            """)
    void proposesRecentlyForADayWithATimeAndForARelativeDay(String text, String expected, String replacement) {
        assertFindsOnly(detector, text, FindingType.DATE, expected, replacement);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            happened on tues 14th i think               | tues 14th
            it was tuesday the 4th                      | tuesday the 4th
            on sat 12th june he came back               | sat 12th june
            wed 10 jan he sent the first one            | wed 10 jan
            then on the 23rd he did it                  | 23rd
            on the 31st shift                           | 31st
            on 12.03.24 at the station                  | 12.03.24
            it was 08-11-21 on the datix                | 08-11-21
            the grievance went in on 24/10 and          | 24/10
            21/12 was the night of the party            | 21/12
            it started in march 2022                    | march 2022
            august 23rd was the date on the letter      | august 23rd
            the 14th of feb of all days                 | 14th of feb
            29th feb that year                          | 29th feb
            since summer 2021                           | summer 2021
            it was boxing day and we waited             | boxing day
            on christmas day 2022 it started            | christmas day 2022
            new years eve at the station                | new years eve
            on valentine's day he left a card           | valentine's day
            eid was when i told them                    | eid
            at hogmanay on shift                        | hogmanay
            on weds he messaged me                      | weds
            he came in on Friday                        | Friday
            on a sunday at the vic                      | sunday
            friday night he followed me                 | friday night
            """)
    void findsDatesAsStaffWriteThem(String text, String expected) {
        assertThat(detector.detect(text)).extracting(Finding::type, Finding::text)
                .containsExactly(tuple(FindingType.DATE, expected));
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            it started at 0700 and went on              | 0700
            at about 0330 on the ward                   | 0330
            around half seven he rang                   | half seven
            """)
    void findsInformalTimes(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.DATE, expected, "[time]");
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "31/02/2023",
            "45/13/2020",
            "29 February 2023",
            "31 April",
            "0/12/2023",
            "v1.2.3",
            "version 2.10.22",
            "£12.03",
            "£3.30 for parking",
            "12.5 mg",
            "call 07700 900123",
            "on 0113 496 0000",
            "ref 2023-03-12-77",
            "ref 12/03/20234",
            "1.12/03/2023",
            "a 3:2 ratio",
            "24:00",
            "25:61",
            "110:305",
            "room 12/03",
            "the 2023/24 financial year",
            "in 20234",
            "12 may attend",
            "march 12",
            "1530 calls",
            "at the 14th attempt",
            "in 2023 the crew changed",
            "during 2019",
            "since 2015",
            "pain score 8/10 on arrival",
            "gcs 14/15 at scene",
            "bp 140/90",
            "the pt was 5/7 post op",
            "discharged 2/52 ago",
            "on the 5th floor",
            "for the 3rd time",
            "every tuesday on the rota",
            "we sat on the bench",
            "march 12 miles",
            "the xmas do was awful",
            "staff number 1234567",
            "he has 2 amendments",
    })
    void ignoresInvalidDatesAndNumbersThatAreNotDates(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsADateAndItsTimeSeparately() {
        String text = "On 12 March 2023 at 03:15 she rang.";

        assertThat(detector.detect(text))
                .extracting(Finding::text, Finding::replacement)
                .containsExactly(tuple("12 March 2023", "[date]"), tuple("03:15", "[time]"));
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            12/03/2023        | 03/31/2023
            on 12 March 2023  | in March 2023
            """)
    void isSurerOfBritishAndFullerDates(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }
}
