package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;

class PhoneNumberDetectorTest {

    private final Detector detector = new PhoneNumberDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Call 07700 900123 after six          | 07700 900123
            ring +44 7700 900123.                | +44 7700 900123
            mobile:07700900123                   | 07700900123
            (07700) 900456 is hers               | (07700) 900456
            the office on 020 7946 0018, or      | 020 7946 0018
            020-7946-0018                        | 020-7946-0018
            (0113) 496 0000 is the station       | (0113) 496 0000
            from 0161 496 0999.                  | 0161 496 0999
            Freephone 0808 157 0123.             | 0808 157 0123
            Freephone 0800 123 018.              | 0800 123 018
            abroad: +44 (0)20 7946 0018          | +44 (0)20 7946 0018
            or 0044 20 7946 0018                 | 0044 20 7946 0018
            or +44 20 7946 0018                  | +44 20 7946 0018
            tel:+442079460018                    | +442079460018
            (01632) 960123 at the depot          | (01632) 960123
            +44 1632 960999                      | +44 1632 960999
            """)
    void findsUkNumbers(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PHONE_NUMBER, expected);
    }

    /** A number written with a country code identifies a person wherever it is. */
    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            her cousin in Paris, +33 1 99 00 12 34.  | +33 1 99 00 12 34
            """)
    void findsNumbersOfOtherCountriesWrittenWithTheirCountryCode(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PHONE_NUMBER, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "NHS number 943 476 5919",
            "NHS number 9434765919",
            "0800123018, which passes the NHS check",
            "080 012 3018, which passes the NHS check",
            "12345 678901",
            "07700 90012",
            "07700 9001234",
            "ID07700900123",
            "(202) 555-0143 in the US",
            "01 99 00 12 34 in France",
            "20 7946 0018 without the 0",
            "on 01/02/2023 at 10:30",
            "ref 2023/0456 on DATIX",
            "call 999, or 111 if not urgent",
            "in 2023 three of 45 staff",
            "no digits at all",
    })
    void ignoresLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsSeveralNumbersWithTheirOffsets() {
        String text = "Ring 020 7946 0018 or 07700 900123.";

        assertThat(detector.detect(text))
                .extracting(Finding::start, Finding::end, Finding::text)
                .containsExactlyInAnyOrder(tuple(5, 18, "020 7946 0018"), tuple(22, 34, "07700 900123"));
    }

    @Test
    void findsEveryDramaNumberOfALongListOnce() {
        String list = "07700 900123 ".repeat(400);

        assertThat(detector.detect(list))
                .hasSize(400)
                .allSatisfy(finding -> assertThat(finding.text()).isEqualTo("07700 900123"));
    }

    /** A stretch longer than libphonenumber is given at once is read in overlapping windows. */
    @ParameterizedTest(name = "\"{0}\" twenty times")
    @ValueSource(strings = {"020 7946 0018 - ", "(0113) 496 0000 ", "+44 20 7946 0018 - "})
    void findsEveryNumberOfALongList(String entry) {
        String list = entry.repeat(20);
        String number = entry.replaceAll("[ -]+$", "");

        List<Finding> findings = detector.detect(list);

        assertThat(findings).hasSize(20).allSatisfy(finding ->
                assertThat(list.substring(finding.start(), finding.end())).isEqualTo(number));
    }

    /** libphonenumber reads numbers separated by spaces alone as one candidate; their UK shape finds both. */
    @Test
    void findsNumbersSeparatedBySpacesAlone() {
        assertThat(detector.detect("020 7946 0018 0113 496 0000")).extracting(Finding::text)
                .containsExactly("020 7946 0018", "0113 496 0000");
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            his number was 07700.900.334, blocked        | 07700.900.334
            ring 0044 7700 900 612 its my work phone     | 0044 7700 900 612
            call 079 1234 5678 anytime                   | 079 1234 5678
            mob 07912-345-678 or                         | 07912-345-678
            landline is (01904) 555 123 but              | (01904) 555 123
            number's 07 700 900 834 if                   | 07 700 900 834
            """)
    void findsNumbersWrittenAsPeopleWriteThem(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PHONE_NUMBER, expected);
    }
}
