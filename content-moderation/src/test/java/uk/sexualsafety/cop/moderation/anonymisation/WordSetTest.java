package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WordSetTest {

    private static WordSet of(String... lists) {
        WordSet.Builder builder = WordSet.builder();
        for (String list : lists) {
            builder.addLines(list.getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    @Test
    void holdsEachLineInLowerCaseWithAccentsFoldedAsLexiconFoldsThem() {
        WordSet words = of("# a comment\nSarah\n  aoife \n\nSiobhán\nŁukasz\nZOË\nİlkay\nΣοφία\n\tjas\r\n");

        for (String word : new String[]{"Sarah", "aoife", "Siobhán", "Łukasz", "ZOË", "İlkay", "Σοφία", "jas"}) {
            assertThat(words).as(word).contains(Lexicon.fold(word.toLowerCase(Locale.ROOT)));
        }
        assertThat(words).hasSize(8).doesNotContain("# a comment", "", "Sarah", "siobhán");
    }

    @Test
    void countsAWordOnceWhicheverListsHoldIt() {
        WordSet words = of("sarah\nSarah\n", "SARAH\nsiobhan\n", "Siobhán\n");

        assertThat(words).hasSize(2);
        assertThat(new HashSet<>(words)).containsExactlyInAnyOrder("sarah", "siobhan");
    }

    @Test
    void findsEveryOneOfManyWordsAndNoOther() {
        var lines = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            lines.append("word").append(Integer.toString(i, 26)).append('\n');
        }
        WordSet words = of(lines.toString());

        assertThat(words).hasSize(50_000);
        for (int i = 0; i < 50_000; i++) {
            assertThat(words.contains("word" + Integer.toString(i, 26))).isTrue();
        }
        assertThat(words.contains("word")).isFalse();
        assertThat(words.contains("word" + Integer.toString(50_000, 26))).isFalse();
    }
}
