package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsNothing;
import static uk.sexualsafety.cop.moderation.anonymisation.DetectorAssertions.assertFindsOnly;

class NationalInsuranceNumberDetectorTest {

    private final Detector detector = new NationalInsuranceNumberDetector();

    @ParameterizedTest(name = "finds \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            NI number AB 12 34 56 C.           | AB 12 34 56 C
            NI:AB123456C,                      | AB123456C
            ni ce123456d                       | ce123456d
            TW 98 76 54 without a suffix       | TW 98 76 54
            AB123456 A                         | AB123456 A
            HZ 11 22 33 B                      | HZ 11 22 33 B
            OA 12 34 56 A                      | OA 12 34 56 A
            (JG 10 37 59 A)                    | JG 10 37 59 A
            AB 12 34 56 and                    | AB 12 34 56
            """)
    void findsNumbersWithAnAllocatedPrefix(String text, String expected) {
        assertFindsOnly(detector, text, FindingType.NATIONAL_INSURANCE_NUMBER, expected);
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @ValueSource(strings = {
            "DA 12 34 56 A", "FA 12 34 56 A", "IA 12 34 56 A", "QQ 12 34 56 C", "UA 12 34 56 A", "VA 12 34 56 A",
            "AD 12 34 56 A", "AF 12 34 56 A", "AI 12 34 56 A", "AO 12 34 56 A", "AQ 12 34 56 A", "AU 12 34 56 A",
            "AV 12 34 56 A",
            "BG 12 34 56 A", "GB 12 34 56 A", "KN 12 34 56 A", "NK 12 34 56 A", "NT 12 34 56 A", "TN 12 34 56 A",
            "ZZ 12 34 56 A", "zz123456a",
            "AB 12 34 5 C",
            "AB1234567C",
            "AB123456E",
            "XAB123456C",
            "AB123456C7",
    })
    void ignoresForbiddenPrefixesAndMalformedNumbers(String text) {
        assertFindsNothing(detector, text);
    }

    @Test
    void isLessConfidentOfLowerCase() {
        double capitals = detector.detect("AB123456C").getFirst().confidence();
        double lowerCase = detector.detect("ab123456c").getFirst().confidence();

        assertThat(capitals).isGreaterThan(lowerCase);
    }
}
