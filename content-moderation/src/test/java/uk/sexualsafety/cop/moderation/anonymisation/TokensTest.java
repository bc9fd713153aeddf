package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void readsWordsWithTheirApostrophesAndHyphensButNotPossessivesOrAcronymsHyphenated() {
        Tokens tokens = Tokens.of("Sarah's O\u2019Neill, Smith-Jones & ex-WMAS: 12 Stoke-on-Trent");

        assertThat(lowerCase(tokens))
                .containsExactly("sarah", "o'neill", "smith-jones", "and", "ex", "wmas", "stoke-on-trent");
        assertThat(tokens.text().substring(tokens.start(1), tokens.end(1))).isEqualTo("O\u2019Neill");
    }

    @ParameterizedTest(name = "\"{0}\": the second word joins the first: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            St Thomas             | true
            Thomas' Hospital      | true
            Guy's and             | true
            St. Helens            | true
            Dr. Smith             | true
            J. Smith              | true
            Leeds. Hospital       | false
            UK. Hospital          | false
            Leeds, Bradford       | false
            Leeds (Bradford       | false
            Leeds      Bradford   | false
            """)
    void joinsWordsSeparatedOnlyBySpacesOrNamePunctuation(String text, boolean joins) {
        assertThat(Tokens.of(text).joinsPrevious(1)).isEqualTo(joins);
    }

    @ParameterizedTest(name = "\"{0}\": the second word starts a sentence: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gone. Sarah         | true
            gone! Sarah         | true
            gone? Sarah         | true
            Crew: Sarah         | true
            gone; Sarah         | true
            Dr. Sarah           | false
            J. Sarah            | false
            gone, Sarah         | false
            gone Sarah          | false
            """)
    void knowsWhereSentencesStart(String text, boolean starts) {
        Tokens tokens = Tokens.of(text);

        assertThat(tokens.startsSentence(0)).isTrue();
        assertThat(tokens.startsSentence(1)).isEqualTo(starts);
    }

    @Test
    void aLineBreakStartsASentenceAndACommaIsKnown() {
        Tokens tokens = Tokens.of("Leeds\nBradford, Wakefield");

        assertThat(tokens.startsSentence(1)).isTrue();
        assertThat(tokens.followsComma(2)).isTrue();
        assertThat(tokens.followsComma(1)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\": capitalised {1}, capitals {2}, initial {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Sarah     | true  | false | false
            McDonald  | true  | false | false
            SECAmb    | true  | false | false
            SARAH     | false | true  | false
            NHS       | false | true  | false
            J         | false | true  | true
            sarah     | false | false | false
            """)
    void readsTheShapeOfAWord(String word, boolean capitalised, boolean capitals, boolean initial) {
        Tokens tokens = Tokens.of(word);

        assertThat(tokens.isCapitalised(0)).isEqualTo(capitalised);
        assertThat(tokens.isUpperCase(0)).isEqualTo(capitals);
        assertThat(tokens.isInitial(0)).isEqualTo(initial);
    }

    @Test
    void lettersGluedToDigitsAreACodeAndNoWord() {
        Tokens tokens = Tokens.of("the zx21ad7c1b7d rota on the 2nd, unit 7b, Sarah");

        assertThat(lowerCase(tokens)).containsExactly("the", "rota", "on", "the", "unit", "sarah");
    }

    @Test
    void aTextWithoutLettersHasNoWords() {
        assertThat(Tokens.of("12/03/2023 10:30 - 07700 900123").size()).isZero();
        assertThat(Tokens.of("").size()).isZero();
    }

    private static List<String> lowerCase(Tokens tokens) {
        var words = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.lowerCase(i));
        }
        return words;
    }
}
