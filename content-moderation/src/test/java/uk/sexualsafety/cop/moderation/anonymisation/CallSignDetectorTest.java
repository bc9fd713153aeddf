package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class CallSignDetectorTest {

    private final Detector detector = new CallSignDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            on call sign RRV 123 all night        | RRV 123
            callsign: A123                        | A123
            Call-sign 4512 was stood down         | 4512
            she was on vehicle DCA456             | DCA456
            unit Delta 12 attended                | Delta 12
            the crew of Echo 4-1                  | Echo 4-1
            crew: X-ray 7                         | X-ray 7
            car Alpha 2                           | Alpha 2
            resource HEMS 61                      | HEMS 61
            RRV 123 arrived first                 | RRV 123
            backed up by HART 2                   | HART 2
            """)
    void findsCallSigns(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.CALL_SIGN, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "crew 2 attended",
            "unit 12 of the course",
            "on the M1",
            "A1 northbound",
            "vehicle AB12 CDE",
            "call NHS 111",
            "Delta 12 to Paris",
            "COVID-19",
            "pages 123 to 130",
            "the unit was 24 hours",
            "vehicle number 3.5",
    })
    void ignoresLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @ParameterizedTest(name = "surer in \"{0}\" than in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            call sign RRV 123 | the RRV 123
            """)
    void isSurerAfterTheWordsThatNameACallSignThanFromTheKindOfResource(String surer, String lessSure) {
        assertSurerIn(detector, surer, lessSure);
    }
}
