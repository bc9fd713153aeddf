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
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class PlaceDetectorTest {

    private final Detector detector = new PlaceDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I live in Leeds.                             | Leeds
            Leeds is where it happened                   | Leeds
            we drove back to Milton Keynes               | Milton Keynes
            a job in newcastle upon tyne                 | newcastle upon tyne
            the Stoke-on-Trent crews                     | Stoke-on-Trent
            near St Helens                               | St Helens
            near St. Helens                              | St. Helens
            from Bury St Edmunds                         | Bury St Edmunds
            on the Isle of Wight                         | Isle of Wight
            Brighton & Hove                              | Brighton & Hove
            she was at Hillside Ambulance Station        | Hillside
            at Fairfield station all night               | Fairfield
            the Millgarth Police Station                 | Millgarth
            Glasgow Central Station                      | Glasgow Central
            """)
    void findsTownsAndStations(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PLACE, expected);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            She lives in Bath now                  | Bath
            we went to Reading for training        | Reading
            the crew from Street                   | Street
            a car park near March                  | March
            her flat in Sale                       | Sale
            I grew up in Barry                     | Barry
            the job at Wells was quiet             | Wells
            a road near Deal, then home            | Deal
            then Deal was quiet                    | Deal
            """)
    void findsTownsThatAreAlsoWordsOrNamesWhereTheSentenceSaysTheyArePlaces(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PLACE, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "Reading the notes took ages",
            "Bath time for the children",
            "It happened in March",
            "from March to May",
            "Church Street was closed",
            "a Deal was struck",
            "the Sale of the building",
            "I spoke to Barry about it",
            "Wells Fargo",
            "she was reading",
            "we had to reading the notes",
            "interested in reading",
            "the ambulance station",
            "Police Station",
            "on Station Road",
            "the Station",
            "In March 2023 she left",
    })
    void ignoresLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void findsAddedStationNamesWithOrWithoutTheirKind() {
        var withStations = new PlaceDetector(List.of("Brookside Ambulance Station", "Fairview", "Low Moor station",
                " ", "Q"));
        String text = "I left Brookside at six, passed Fairview and low moor, then Brookside Ambulance Station.";

        assertThat(withStations.detect(text))
                .extracting(Finding::text)
                .containsExactly("Brookside", "Fairview", "low moor", "Brookside");
    }

    @Test
    void reportsANamedAmbulanceStationOnceWhenItIsAlsoATown() {
        assertThat(detector.detect("at Leeds Ambulance Station"))
                .extracting(Finding::text, Finding::confidence)
                .containsExactly(tuple("Leeds", 0.85));
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            the crew in Leeds                | the Leeds crew
            she lives in Bath now            | then Bath was quiet
            the Fairview crew                | the Leeds crew
            at Hillside Ambulance Station    | at Hillside station
            """)
    void isSurerWithMoreEvidence(String surer, String lessSure) {
        assertSurerIn(new PlaceDetector(List.of("Fairview")), surer, lessSure);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            on the way back from rhyl she laughed        | rhyl
            me n jas were at barry station               | barry
            i work out of ystradgynlais now              | ystradgynlais
            we were sent to llanfairpwll for a fall      | llanfairpwll
            went up to inbhir nis for the course         | inbhir nis
            steòrnabhagh is a small place                | steòrnabhagh
            a fall in long melford at night              | long melford
            he lives in moss side near my mum            | moss side
            DANNY FROM HULL STATION DID IT               | HULL
            at kings lynn in the mess room               | kings lynn
            working out of Bradford again                | Bradford
            """)
    void findsPlacesAsStaffWriteThem(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.PLACE, expected);
    }
}
