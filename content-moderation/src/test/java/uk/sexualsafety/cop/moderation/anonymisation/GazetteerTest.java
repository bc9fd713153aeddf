package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GazetteerTest {

    private final Gazetteer<String> gazetteer = gazetteer();

    private static Gazetteer<String> gazetteer() {
        Gazetteer.Builder<String> builder = Gazetteer.builder();
        builder.add("Newcastle", "town");
        builder.add("Newcastle upon Tyne", "city");
        builder.add("LAS", "service");
        builder.add("Leeds", "city");
        builder.add("Guy's and St Thomas'", "trust");
        return builder.build();
    }

    @ParameterizedTest(name = "\"{0}\" from its first word: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Newcastle upon Tyne, today      | Newcastle upon Tyne | city
            newcastle upon tyne             | newcastle upon tyne | city
            Newcastle upon Thames           | Newcastle           | town
            Newcastle. Upon Tyne            | Newcastle           | town
            LAS crews                       | LAS                 | service
            Leeds                           | Leeds               | city
            Guy’s & St Thomas’ staff        | Guy’s & St Thomas   | trust
            """)
    void findsTheLongestPhraseStartingAtAWord(String text, String expected, String value) {
        Tokens tokens = Tokens.of(text);

        Gazetteer.Match<String> match = gazetteer.longestAt(tokens, 0);

        assertThat(text.substring(tokens.start(match.firstToken()), tokens.end(match.endToken() - 1)))
                .isEqualTo(expected);
        assertThat(match.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "nothing at the start of \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            las crews
            Las Vegas
            LEEDS
            leeds
            upon Tyne
            Guy's
            """)
    void aPhraseOfOneWordMatchesOnlyAsWritten(String text) {
        assertThat(gazetteer.longestAt(Tokens.of(text), 0)).isNull();
    }

    @Test
    void aBuiltGazetteerTakesNoMorePhrases() {
        Gazetteer.Builder<String> builder = Gazetteer.builder();
        builder.build();

        assertThatIllegalStateException().isThrownBy(() -> builder.add("Leeds", "city"));
    }

    @Test
    void aPhraseWithoutWordsIsNotAdded() {
        Gazetteer.Builder<String> builder = Gazetteer.builder();

        assertThat(builder.add(" 123 ", "nothing")).isFalse();
        assertThat(builder.build().isEmpty()).isTrue();
    }

    @Test
    void aMissingResourceIsReportedByName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Gazetteer.readPhrases("no-such-list.txt"))
                .withMessageContaining("no-such-list.txt");
    }
}
