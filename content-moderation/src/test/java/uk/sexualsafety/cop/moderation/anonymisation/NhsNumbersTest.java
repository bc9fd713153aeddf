package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumbersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9434765919     | true
            943 476 5919   | true
            943-476-5919   | true
            4010232137     | true
            4857773457     | true
            9876543210     | true
            9434765918     | false
            9434765910     | false
            9991234560     | false
            943476591      | false
            94347659190    | false
            """)
    void checksTheModulus11CheckDigit(String number, boolean valid) {
        assertThat(NhsNumbers.hasValidCheckDigit(number)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            943 476 5919   | true
            9434765919     | true
            943 4765919    | true
            9434 765 919   | false
            94 34 76 59 19 | false
            943 476 5918   | false
            """)
    void recognisesNumbersWrittenThreeThreeFourOrUnbroken(String candidate, boolean valid) {
        assertThat(NhsNumbers.isValidNhsNumber(candidate)).isEqualTo(valid);
    }
}
