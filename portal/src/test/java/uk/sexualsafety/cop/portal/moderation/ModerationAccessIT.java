package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.HistoryLine;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData;
import uk.sexualsafety.cop.portal.casestudy.discussion.PostModeration;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.ContributorAccess;
import uk.sexualsafety.cop.portal.story.StoryReading;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.story.SubmissionReceipt;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.linkedStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

/**
 * Moderators see what is under review and looking is recorded: withdrawn or taken-down content shows its status and
 * history, never its text; each opening of an item's text is an audit row naming who and which item, never the text;
 * nobody approves or trusts themselves; and a crafted id gets "not found" whether or not it exists.
 */
@IntegrationTest
class ModerationAccessIT {

    /** No table holds this many rows in a test run. */
    private static final long NO_SUCH_ID = 987_654_321_012L;

    @Autowired
    StorySubmissions submissions;
    @Autowired
    ItemModeration moderation;
    @Autowired
    StoryReading reading;
    @Autowired
    ModerationQueue queue;
    @Autowired
    PostModeration postModeration;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CaseStudyLibrary library;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    long firstModerator;
    long secondModerator;

    @BeforeEach
    void moderators() {
        firstModerator = accounts.create(Role.MODERATOR).accountId();
        secondModerator = accounts.create(Role.MODERATOR).accountId();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void openingAnItemsTextIsRecordedWithWhoAndWhichItemButNeverTheText() {
        String word = uniqueWord();
        SubmissionReceipt receipt = anonymous("What happened on the " + word + " shift.");
        long itemId = itemOf(receipt);

        signedIn.as(firstModerator);
        ItemUnderReview review = moderation.review(itemId);

        assertThat(review.text("body").orElseThrow().text()).contains(word);
        var openings = jdbc.queryForList("select actor_id, target_type, target_id, detail from audit_event where "
                + "action = ? and target_id = ?", ItemOpenings.OPENED, String.valueOf(receipt.storyId()));
        assertThat(openings).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo(firstModerator);
            assertThat(row.get("target_type")).isEqualTo("story");
            assertThat(row.get("detail")).isEqualTo("item " + itemId);
        });
        moderation.review(itemId);
        assertThat(openingsOf(receipt)).as("every opening is recorded").isEqualTo(2);
    }

    @Test
    void aWithdrawnStorysItemShowsItsStatusAndHistoryButNeverItsTextAndRecordsNoOpening() {
        String word = uniqueWord();
        SubmissionReceipt receipt = anonymous("Withdrawn later: " + word + ".");
        submissions.withdraw(ContributorAccess.receiptCode(receipt.receiptCode()), uniqueClient());

        signedIn.as(firstModerator);
        ItemUnderReview review = moderation.review(itemOf(receipt));

        assertThat(review.item().status()).isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(review.item().history()).extracting(HistoryLine::action).containsExactly("SUBMITTED", "WITHDRAW");
        assertThat(review.textShown()).isFalse();
        assertThat(review.title()).isNull();
        assertThat(review.texts()).isEmpty();
        assertThat(openingsOf(receipt)).isZero();
    }

    @Test
    void aTakenDownStorysItemShowsNoTextUntilItsContributorSendsItAgain() {
        SubmissionReceipt receipt = anonymous("Published, then taken down.");
        long itemId = itemOf(receipt);
        approve(itemId, firstModerator);
        approve(itemId, secondModerator);

        signedIn.as(firstModerator);
        ItemReview published = moderation.review(itemId).item();
        moderation.decide(published.ref(), ModerationAction.UNPUBLISH, new Decision(null, "It names the station."));
        ItemUnderReview takenDown = moderation.review(itemId);

        assertThat(takenDown.item().status()).isEqualTo(ModerationStatus.CHANGES_REQUESTED);
        assertThat(takenDown.texts()).isEmpty();

        signedIn.nobody();
        submissions.revise(ContributorAccess.receiptCode(receipt.receiptCode()), anonymousStory()
                .saying("Sent again without the station.").draft(), ApprovedFindings.NONE, uniqueClient());
        signedIn.as(firstModerator);
        assertThat(moderation.review(itemId).text("body").orElseThrow().text()).isEqualTo("Sent again without the station.");
    }

    @Test
    void aModeratorCannotApproveAStoryLinkedToTheirOwnAccount() {
        signedIn.as(firstModerator);
        SubmissionReceipt receipt = submissions.submit(linkedStory().draft(), ApprovedFindings.NONE, uniqueClient());
        long itemId = itemOf(receipt);

        ItemReview item = queue.item(itemId);

        assertThat(item.may(ModerationAction.APPROVE)).isFalse();
        assertThatThrownBy(() -> moderation.decide(item.ref(), ModerationAction.APPROVE, Decision.NONE))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("You cannot approve or decide on your own contribution: another moderator must.");
    }

    @Test
    void aModeratorCannotTrustTheirOwnComments() {
        TestAccounts.Credentials moderatingMember = accounts.create(Role.MEMBER, Role.MODERATOR);
        signedIn.as(moderatingMember.accountId());

        assertThatThrownBy(() -> postModeration.trust(moderatingMember.email()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsEntry("email", "You cannot trust your own comments. Another moderator can choose "
                                + "to trust them"));
        assertThat(postModeration.trustedMembers()).extracting(PostModeration.TrustedMember::accountId)
                .doesNotContain(moderatingMember.accountId());
    }

    @Test
    void aCraftedItemIdIsNotFoundLikeAnItemThatDoesNotExist() {
        signedIn.as(firstModerator);

        assertThatThrownBy(() -> queue.item(NO_SUCH_ID)).isInstanceOf(ActionRefusedException.class)
                .hasMessage("This item no longer exists.");
        assertThatThrownBy(() -> moderation.review(NO_SUCH_ID)).isInstanceOf(ActionRefusedException.class)
                .hasMessage("This item no longer exists.");
    }

    @Test
    void aCraftedStoryOrCaseStudyIdGetsTheSameAnswerWhetherItExistsOrMayNotBeSeen() {
        SubmissionReceipt waiting = anonymous("Not published yet.");
        long author = accounts.create(Role.MEMBER).accountId();
        signedIn.as(author);
        long draft = authoring.start(CaseStudyTestData.titleOnly("Someone else's draft")).id();
        long member = accounts.create(Role.MEMBER).accountId();
        signedIn.as(member);

        assertSameAnswer(reading::read, waiting.storyId());
        assertSameAnswer(library::read, draft);
        assertSameAnswer(id -> submissions.open(ContributorAccess.ownStory(id), uniqueClient()), waiting.storyId());
    }

    private static void assertSameAnswer(LongConsumer open, long existingButNotTheirs) {
        Throwable forExisting = catchThrowable(() -> open.accept(existingButNotTheirs));
        Throwable forMissing = catchThrowable(() -> open.accept(NO_SUCH_ID));
        assertThat(forExisting).isNotNull();
        assertThat(forMissing).isNotNull();
        assertThat(Map.of(forExisting.getClass(), String.valueOf(forExisting.getMessage())))
                .isEqualTo(Map.of(forMissing.getClass(), String.valueOf(forMissing.getMessage())));
    }

    private SubmissionReceipt anonymous(String body) {
        signedIn.nobody();
        return submissions.submit(anonymousStory().saying(body).draft(), ApprovedFindings.NONE, uniqueClient());
    }

    private void approve(long itemId, long moderator) {
        signedIn.as(moderator);
        moderation.decide(queue.item(itemId).ref(), ModerationAction.APPROVE, Decision.NONE);
    }

    private long itemOf(SubmissionReceipt receipt) {
        return jdbc.queryForObject("select id from moderation_item where content_type = 'story' and content_id = ?",
                Long.class, receipt.storyId());
    }

    private int openingsOf(SubmissionReceipt receipt) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_type = 'story' "
                + "and target_id = ?", Integer.class, ItemOpenings.OPENED, String.valueOf(receipt.storyId()));
    }
}
