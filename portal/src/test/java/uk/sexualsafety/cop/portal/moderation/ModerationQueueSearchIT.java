package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.story.SubmissionReceipt;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@IntegrationTest
class ModerationQueueSearchIT {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ModerationQueue queue;
    @Autowired
    StorySubmissions submissions;
    @Autowired
    ItemModeration itemModeration;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aModeratorFindsAWaitingStoryByAWordOfItsTextInAnyForm() {
        String word = uniqueWord();
        long harassed = itemOf(submitted("Night shift " + word, "A colleague harassed me on the rota."));
        long other = itemOf(submitted("Night shift " + word, "A colleague stood too close in the lift."));

        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        assertThat(ids(queue.search(word + " harassment", FIRST_PAGE))).containsExactly(harassed);
        assertThat(ids(queue.search(word, FIRST_PAGE))).containsExactly(harassed, other);
        assertThat(ids(queue.search(word + " -lift", FIRST_PAGE))).containsExactly(harassed);
        assertThat(ids(queue.search("\"" + word + " shift\"", FIRST_PAGE))).isEmpty();
    }

    @Test
    void aWaitingCaseStudyIsFoundByItsTextsAndAcronyms() {
        String word = uniqueWord();
        long author = accounts.create(Role.MEMBER).accountId();
        signedIn.as(author);
        long caseStudy = authoring.submit(null, caseStudy().titled("Learning " + word)
                .telling("She spoke to the FTSU guardian, who listened.").draft(), AcceptedFindings.NONE).id();

        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        Page<QueueEntry> found = queue.search(word + " freedom to speak up", FIRST_PAGE);
        assertThat(ids(found)).containsExactly(itemOf("case-study", caseStudy));
        assertThat(found.getTotalElements()).isEqualTo(1);
        assertThat(found.getContent().getFirst().title()).isEqualTo("Learning " + word);
    }

    @Test
    void aPublishedStoryIsNotAmongTheWaitingItemsFound() {
        String word = uniqueWord();
        SubmissionReceipt published = submitted("Published " + word, "The " + word + " incident.");
        for (int moderator = 0; moderator < 2; moderator++) {
            signedIn.as(accounts.create(Role.MODERATOR).accountId());
            var review = itemModeration.review(itemOf(published));
            itemModeration.decide(review.item().ref(), ModerationAction.APPROVE, Decision.NONE);
        }
        long waiting = itemOf(submitted("Waiting " + word, "Still waiting."));

        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        assertThat(ids(queue.search(word, FIRST_PAGE))).containsExactly(waiting);
    }

    @Test
    void resultsComeAPageAtATimeWithTheTotal() {
        String word = uniqueWord();
        for (int i = 0; i < 3; i++) {
            submitted("Paged " + word + " " + i, "Same text.");
        }
        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        Page<QueueEntry> second = queue.search(word, PageRequest.of(1, 2));

        assertThat(second.getTotalElements()).isEqualTo(3);
        assertThat(second.getContent()).hasSize(1);
    }

    @Test
    void onlyModeratorsMaySearchTheQueue() {
        submitted("Private " + uniqueWord(), "Waiting text.");
        for (Role role : List.of(Role.MEMBER, Role.ADMINISTRATOR, Role.CONTRIBUTOR)) {
            signedIn.as(accounts.create(role).accountId());

            assertThatThrownBy(() -> queue.search("text", FIRST_PAGE)).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.nobody();
        assertThatThrownBy(() -> queue.search("text", FIRST_PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anyTextIsSearchedWithoutAnError() {
        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        for (String text : List.of("\"unbalanced", "((", "-", "x".repeat(10_000), "\uD83D\uDE00",
                "\u05D4\u05D8\u05E8\u05D3\u05D4", "\u0000", "*", "a | | b")) {
            assertThatCode(() -> queue.search(text, FIRST_PAGE)).doesNotThrowAnyException();
        }
    }

    private SubmissionReceipt submitted(String title, String body) {
        signedIn.nobody();
        return submissions.submit(anonymousStory().titled(title).saying(body).draft(), ApprovedFindings.NONE,
                uniqueClient());
    }

    private long itemOf(SubmissionReceipt receipt) {
        return itemOf("story", receipt.storyId());
    }

    private long itemOf(String type, long contentId) {
        return jdbc.queryForObject("select id from moderation_item where content_type = ? and content_id = ?",
                Long.class, type, contentId);
    }

    private static List<Long> ids(Page<QueueEntry> page) {
        return page.getContent().stream().map(QueueEntry::itemId).toList();
    }
}
