package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertSurerIn;

class NhsNumberDetectorTest {

    private final Detector detector = new NhsNumberDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NHS number 943 476 5919.           | 943 476 5919
            NHS no:943-476-5919                | 943-476-5919
            patient (9434765919) was           | 9434765919
            nhs 401 023 2137, age 40           | 401 023 2137
            485 777 3457                       | 485 777 3457
            written 943 4765919 on the form    | 943 4765919
            call 0800123018                    | 0800123018
            """)
    void findsNumbersWithAValidCheckDigit(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.NHS_NUMBER, expected);
    }

    @Test
    void acceptsNoBreakSpaces() {
        assertFindsOnly(detector, "NHS 943\u00A0476\u00A05919", FindingType.NHS_NUMBER, "943\u00A0476\u00A05919");
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "9434765918 has the wrong check digit",
            "9991234560 cannot have a check digit",
            "020 794 60958",
            "94347659191 has eleven digits",
            "19434765919 has eleven digits",
            "943 476 59191",
            "9943 476 5919",
            "94 34 76 59 19",
            "REF9434765919",
            "9434765919X",
            "943 476 591",
    })
    void ignoresLookAlikes(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void isMoreConfidentOfGroupedNumbersThanOfUnbrokenOnes() {
        double grouped = detector.detect("943 476 5919").getFirst().confidence();
        double unbroken = detector.detect("9434765919").getFirst().confidence();

        assertThat(grouped).isGreaterThan(unbroken);
    }

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            nhs number 485 777 3456 for her              | 485 777 3456
            pt nhs# 123-456-7890                         | 123-456-7890
            chi number 0101501234 for the scottish pt    | 0101501234
            the pt was 943.476.5919                      | 943.476.5919
            """)
    void findsNumbersAfterTheirNameWhateverTheirCheckDigit(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.NHS_NUMBER, expected);
    }

    @Test
    void aGroupedNumberWithAWrongCheckDigitIsReportedLessSurely() {
        assertSurerIn(detector, "943 476 5919", "943 476 5918");
    }
}
