package uk.sexualsafety.cop.search.suggestion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.search.SearchIntegrationTest;
import uk.sexualsafety.cop.search.SearchViewer;
import uk.sexualsafety.cop.search.Suggestion;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.membersOnlyResource;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

@SearchIntegrationTest
class SuggestionsIT {

    @Autowired
    Suggestions suggestions;
    @Autowired
    ResourceRepository resources;

    @Test
    void titlesWhoseWordsStartWithWhatIsTypedAreSuggested() {
        String word = uniqueWord();
        resources.save(publicResource().titled("Debriefing crews " + word + " after a report").build());

        assertThat(suggestions.suggest("Debriefing crews " + word.substring(0, 5), SearchViewer.anonymous()))
                .contains(new Suggestion("Debriefing crews " + word + " after a report", Suggestion.Kind.TITLE));
        assertThat(suggestions.suggest(word.substring(0, 6), SearchViewer.anonymous())).extracting(Suggestion::text)
                .contains("Debriefing crews " + word + " after a report");
    }

    @Test
    void nobodyIsOfferedTheTitleOfAnItemTheyMayNotOpen() {
        String word = uniqueWord();
        resources.save(membersOnlyResource().titled("Members' notes " + word).build());

        assertThat(suggestions.suggest(word, SearchViewer.anonymous())).isEmpty();
        assertThat(suggestions.suggest(word, SearchViewer.member())).extracting(Suggestion::text)
                .containsExactly("Members' notes " + word);
    }

    @Test
    void theSectorsPhrasesAreSuggestedAfterTitles() {
        assertThat(suggestions.suggest("freedom to sp", SearchViewer.anonymous()))
                .contains(new Suggestion("Freedom to Speak Up", Suggestion.Kind.PHRASE));
        assertThat(suggestions.suggest("bystand", SearchViewer.anonymous())).extracting(Suggestion::text)
                .contains("Bystander action");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "\"", "((", "*", "-", "\"unbalanced", "a&e", "😀😀", "تحرش", "\u202Ehello",
            "\\", "title:x", "~2", "AND OR NOT"})
    void anyTextIsAnsweredWithoutAnError(String typed) {
        assertThat(suggestions.suggest(typed, SearchViewer.member())).hasSizeLessThanOrEqualTo(
                Suggestions.MAX_SUGGESTIONS);
    }

    @Test
    void aVeryLongTextIsAnsweredWithoutAnError() {
        assertThat(suggestions.suggest("harassment ".repeat(1_000), SearchViewer.member()))
                .hasSizeLessThanOrEqualTo(Suggestions.MAX_SUGGESTIONS);
    }

    @Test
    void fewerThanTwoLettersSuggestNothing() {
        assertThat(suggestions.suggest("s", SearchViewer.member())).isEmpty();
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }
}
