package uk.sexualsafety.cop.search.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PortalAnalysisConfigurerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Crews waiting in A&E corridors | Crews waiting in AE corridors
            sent to A & E twice            | sent to AE twice
            a&e                            | ae
            R&D's budget                   | RD's budget
            Smith & Jones                  | Smith & Jones
            AT&T                           | AT&T
            A&&E                           | A&&E
            an e-learning course for a team| an e-learning course for a team
            """)
    void lettersJoinedByAnAmpersandBecomeOneWord(String text, String expected) {
        assertThat(text.replaceAll(PortalAnalysisConfigurer.LETTER_AMPERSAND_LETTER, "$1$2")).isEqualTo(expected);
    }
}
