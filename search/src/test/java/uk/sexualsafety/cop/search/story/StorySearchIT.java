package uk.sexualsafety.cop.search.story;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchIntegrationTest;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchViewer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

@SearchIntegrationTest
class StorySearchIT {

    private static final SearchViewer MEMBER = new SearchViewer(EnumSet.of(Audience.PUBLIC, Audience.MEMBERS));
    private static final SearchViewer PUBLIC = new SearchViewer(EnumSet.of(Audience.PUBLIC));

    @Autowired
    SearchService search;
    @Autowired
    StoryRepository stories;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPublishedStoryIsFoundByMembersWithItsWarningsAndASnippetFromItsText() {
        String word = uniqueWord();
        long id = saved("Nights on the rapid response car", "After the " + word + " on nights I spoke up.",
                Set.of(ContentWarning.SEXUAL_HARASSMENT));
        change(id, story -> story.publish(LocalDate.of(2026, 5, 1), Instant.now()));

        List<SearchHit> hits = search.search(SearchQuery.of(word), MEMBER).hits();

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(ContentType.STORY);
            assertThat(hit.id()).isEqualTo(id);
            assertThat(hit.contentWarnings()).containsExactly("SEXUAL_HARASSMENT");
            assertThat(hit.snippet().text()).contains(word);
            assertThat(hit.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        });
    }

    @Test
    void storiesAreForMembersOnly() {
        String word = uniqueWord();
        long id = saved("A story", "It was " + word + ".", Set.of());
        change(id, story -> story.publish(LocalDate.now(), Instant.now()));

        assertThat(search.search(SearchQuery.of(word), PUBLIC).totalHits()).isZero();
        assertThat(search.search(SearchQuery.of(word), MEMBER).totalHits()).isOne();
    }

    @Test
    void aStoryInModerationRejectedOrWithdrawnIsNeverFound() {
        String word = uniqueWord();
        saved("Waiting " + word, "Text", Set.of());
        long rejected = saved("Rejected " + word, "Text", Set.of());
        change(rejected, story -> story.reject("It names a station", Instant.now()));
        long withdrawn = saved("Withdrawn " + word, "Text", Set.of());
        change(withdrawn, story -> story.publish(LocalDate.now(), Instant.now()));
        assertThat(search.search(SearchQuery.of(word), MEMBER).hits()).extracting(SearchHit::id)
                .containsExactly(withdrawn);

        change(withdrawn, story -> story.withdraw(Instant.now()));

        assertThat(search.search(SearchQuery.of(word), MEMBER).totalHits()).isZero();
    }

    @Test
    void aWordInTwoStoriesIsTakenAsWrittenAndOneInASingleStoryMayBeItsTypo() {
        String titleWord = uniqueLetters();
        String usedTwice = titleWord.substring(0, 11) + (titleWord.charAt(11) == 'a' ? 'b' : 'a');
        String usedOnce = titleWord.substring(0, 10) + (titleWord.charAt(10) == 'a' ? 'b' : 'a')
                + titleWord.charAt(11);
        for (int i = 0; i < 3; i++) {
            published("Support " + titleWord, "What helped.");
        }
        published("Nights", "We called it " + usedTwice + " at the station.");
        published("Days", "Everyone said " + usedTwice + " back then.");
        published("Weekends", "The " + usedOnce + " rota changed.");

        SearchResults twice = search.search(SearchQuery.of(usedTwice), MEMBER);
        SearchResults once = search.search(SearchQuery.of(usedOnce), MEMBER);

        assertThat(twice.totalHits()).isEqualTo(2);
        assertThat(twice.suggestion()).isEmpty();
        assertThat(once.totalHits()).isOne();
        assertThat(once.suggestion()).contains(titleWord);
    }

    private void published(String title, String body) {
        long id = saved(title, body, Set.of());
        change(id, story -> story.publish(LocalDate.now(), Instant.now()));
    }

    private static String uniqueLetters() {
        StringBuilder word = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private long saved(String title, String body, Set<ContentWarning> warnings) {
        return transaction.execute(status -> stories.save(Story.anonymous(hash(), hash(),
                new StoryContent(title, body, StoryRelation.WITNESSED, HarmStructure.COLLEAGUE_TO_COLLEAGUE, warnings,
                        StoryReadership.MEMBERS_ONLY), false, Instant.now()))
                .getId());
    }

    private void change(long id, Consumer<Story> change) {
        transaction.executeWithoutResult(status -> change.accept(stories.findById(id).orElseThrow()));
    }

    private static byte[] hash() {
        byte[] hash = new byte[32];
        new java.security.SecureRandom().nextBytes(hash);
        return hash;
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
