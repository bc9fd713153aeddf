package uk.sexualsafety.cop.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            FTSU guardian              | FTSU guardian
            '  spaced \t out\n words ' | spaced out words
            'title:( "x'               | 'title:( "x'
            ''                         | ''
            """)
    void keepsWhatPeopleTypeButTidiesSpace(String raw, String expected) {
        assertThat(QueryText.sanitise(raw)).isEqualTo(expected);
    }

    @Test
    void controlCharactersSeparateWordsWhilePrivateUseAndLoneSurrogatesGo() {
        assertThat(QueryText.sanitise("sexual\u0000ha\uE000rass\uD800ment\u0007")).isEqualTo("sexual harassment");
        assertThat(QueryText.sanitise("safe 🙂")).isEqualTo("safe 🙂");
        assertThat(QueryText.sanitise(null)).isEmpty();
    }

    @Test
    void cutsLongTextToTheLimits() {
        assertThat(QueryText.sanitise("x".repeat(10_000))).hasSize(QueryText.MAX_LENGTH);
        assertThat(QueryText.sanitise("ab ".repeat(1_000)).split(" ")).hasSize(QueryText.MAX_WORDS);
        assertThat(QueryText.sanitise("a".repeat(499) + "🙂")).hasSize(499);
        assertThat(QueryText.wordCount(QueryText.sanitise("one  two three"))).isEqualTo(3);
        assertThat(QueryText.wordCount("")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            harassment -patients ; true
            "sexual harassment"  ; true
            harass*              ; true
            a | b                ; true
            (a b)                ; true
            sexual-safety policy ; false
            what's a TUP?        ; false
            how to report it     ; false
            """)
    void recognisesQuerySyntax(String text, boolean usesOperators) {
        assertThat(QueryText.usesOperators(QueryText.sanitise(text))).isEqualTo(usesOperators);
    }
}
