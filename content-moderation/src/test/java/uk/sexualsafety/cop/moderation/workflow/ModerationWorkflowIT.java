package uk.sexualsafety.cop.moderation.workflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ActorKind;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.ModerationIntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.APPROVE;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.EDIT;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.REJECT;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.REQUEST_CHANGES;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.UNPUBLISH;
import static uk.sexualsafety.cop.moderation.workflow.ModerationAction.WITHDRAW;

@ModerationIntegrationTest
class ModerationWorkflowIT {

    private static final AtomicLong CONTENT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    RecordingContentType notes;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuditEventRepository audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    Actor firstModerator;
    Actor secondModerator;
    Actor member;
    long contributorId;

    @BeforeEach
    void people() {
        firstModerator = Actor.account(account(Role.MEMBER, Role.MODERATOR));
        secondModerator = Actor.account(account(Role.MODERATOR));
        member = Actor.account(account(Role.MEMBER));
        contributorId = account(Role.MEMBER, Role.CONTRIBUTOR, Role.MODERATOR);
    }

    @Test
    void aSubmissionWaitsInTheQueueWithItsHistory() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, null, false);

        assertThat(item.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(item.contentRevision()).isEqualTo(1);
        assertThat(item.history()).extracting(HistoryLine::action).containsExactly("SUBMITTED");
        assertThat(audit.findByTargetTypeAndTargetIdOrderByOccurredAt(RecordingContentType.NAME, "" + note))
                .extracting(e -> e.getAction()).containsExactly("MODERATION_SUBMITTED");
    }

    @Test
    void submittingTheSameContentAgainReopensItsOneItem() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview first = submit(note, null, false);
        ItemReview second = submit(note, null, true);

        assertThat(second.itemId()).isEqualTo(first.itemId());
        assertThat(second.contentRevision()).isEqualTo(2);
        assertThat(second.urgent()).isTrue();
        assertThat(second.history()).extracting(HistoryLine::action).containsExactly("SUBMITTED", "RESUBMITTED");
    }

    @Test
    void twoSubmissionsAtOnceCreateOneItem() throws Exception {
        long note = CONTENT_IDS.incrementAndGet();
        var start = new CountDownLatch(1);
        Callable<Long> submission = () -> {
            start.await();
            return submit(note, null, false).itemId();
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var one = pool.submit(submission);
            var other = pool.submit(submission);
            start.countDown();
            assertThat(one.get()).isEqualTo(other.get());
        }
        assertThat(jdbc.queryForObject("select count(*) from moderation_item where content_type = ? and content_id = ?",
                Integer.class, RecordingContentType.NAME, note)).isEqualTo(1);
    }

    @Test
    void publishingNeedsTwoDifferentModerators() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, null, false);

        ItemReview once = workflow.perform(item.itemId(), APPROVE, Decision.NONE, firstModerator, item.version());
        assertThat(once.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(once.approvedBy()).containsExactly(firstModerator.accountId().orElseThrow());
        assertThat(once.may(APPROVE)).isFalse();
        assertThatThrownBy(() -> workflow.perform(item.itemId(), APPROVE, Decision.NONE, firstModerator,
                once.version()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already approved this version");

        ItemReview twice = workflow.perform(item.itemId(), APPROVE, Decision.NONE, secondModerator, once.version());
        assertThat(twice.status()).isEqualTo(ModerationStatus.PUBLISHED);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.PUBLISHED);
        assertThat(twice.history()).extracting(HistoryLine::action).containsExactly("SUBMITTED", "APPROVE", "APPROVE");
    }

    @Test
    void anEditAfterAnApprovalAsksForTwoFreshApprovals() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, null, false);
        ItemReview approved = workflow.perform(item.itemId(), APPROVE, Decision.NONE, firstModerator, item.version());

        ItemReview edited = workflow.perform(item.itemId(), EDIT, Decision.NONE, secondModerator, approved.version());
        assertThat(edited.contentRevision()).isEqualTo(2);
        assertThat(edited.approvedBy()).isEmpty();

        ItemReview again = workflow.perform(item.itemId(), APPROVE, Decision.NONE, secondModerator, edited.version());
        assertThat(again.status()).isEqualTo(ModerationStatus.PENDING);
        ItemReview published = workflow.perform(item.itemId(), APPROVE, Decision.NONE, firstModerator,
                again.version());
        assertThat(published.status()).isEqualTo(ModerationStatus.PUBLISHED);
    }

    @Test
    void actingOnAVersionSomeoneElseHasChangedIsRefused() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview seenByBoth = submit(note, null, false);
        workflow.perform(seenByBoth.itemId(), APPROVE, Decision.NONE, firstModerator, seenByBoth.version());

        assertThatThrownBy(() -> workflow.perform(seenByBoth.itemId(), REJECT,
                new Decision(workflow.rejectionReasons().getFirst(), null), secondModerator, seenByBoth.version()))
                .isInstanceOf(ItemChangedException.class).hasMessageContaining("changed while you had it open");
        assertThat(workflow.review(seenByBoth.itemId(), secondModerator).status()).isEqualTo(ModerationStatus.PENDING);
    }

    @Test
    void aRequestForChangesNeedsAMessageAndTheContributorResubmits() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, contributorId, false);

        assertThatThrownBy(() -> workflow.perform(item.itemId(), REQUEST_CHANGES, Decision.message("  "),
                firstModerator, item.version()))
                .isInstanceOfSatisfying(InvalidDecisionException.class,
                        e -> assertThat(e.field()).isEqualTo("message"));

        ItemReview asked = workflow.perform(item.itemId(), REQUEST_CHANGES,
                Decision.message("Please remove the station name"), firstModerator, item.version());
        assertThat(asked.status()).isEqualTo(ModerationStatus.CHANGES_REQUESTED);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.CHANGES_REQUESTED);
        assertThat(asked.may(APPROVE)).isFalse();
        assertThat(asked.history().getLast().message()).isEqualTo("Please remove the station name");

        ItemReview resubmitted = submit(note, contributorId, false);
        assertThat(resubmitted.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.PENDING);
    }

    @Test
    void aRejectionNeedsAListedReasonAndIsFinalForModeratorsWhileTheContributorMayStillWithdraw() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, null, false);

        assertThatThrownBy(() -> workflow.perform(item.itemId(), REJECT, new Decision("Because", null),
                firstModerator, item.version()))
                .isInstanceOfSatisfying(InvalidDecisionException.class, e -> assertThat(e.field()).isEqualTo("reason"));

        ItemReview rejected = workflow.perform(item.itemId(), REJECT,
                new Decision(workflow.rejectionReasons().getFirst(), "It names the station."), firstModerator,
                item.version());
        assertThat(rejected.status()).isEqualTo(ModerationStatus.REJECTED);
        assertThat(rejected.availableActions()).isEmpty();
        assertThatThrownBy(() -> workflow.perform(item.itemId(), APPROVE, Decision.NONE, secondModerator,
                rejected.version()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("already been rejected");
        assertThatThrownBy(() -> submit(note, null, false))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("cannot be submitted again");

        ItemReview withdrawn = workflow.perform(item.itemId(), WITHDRAW, Decision.NONE,
                Actor.verifiedAnonymousContributor(), rejected.version());
        assertThat(withdrawn.status()).isEqualTo(ModerationStatus.WITHDRAWN);
    }

    @Test
    void contributorsCannotModerateTheirOwnContributionButCanWithdrawIt() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, contributorId, false);
        Actor contributor = Actor.account(contributorId);

        assertThat(workflow.review(item.itemId(), contributor).availableActions()).containsExactly(WITHDRAW);
        assertThatThrownBy(() -> workflow.perform(item.itemId(), APPROVE, Decision.NONE, contributor, item.version()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("your own contribution");

        ItemReview withdrawn = workflow.perform(item.itemId(), WITHDRAW, Decision.NONE, contributor, item.version());
        assertThat(withdrawn.status()).isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(withdrawn.availableActions()).isEmpty();
    }

    @Test
    void anAnonymousContributorRecognisedByTheirCodeCanWithdrawAPublishedItem() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview published = publish(submit(note, null, false));

        ItemReview withdrawn = workflow.perform(published.itemId(), WITHDRAW, Decision.NONE,
                Actor.verifiedAnonymousContributor(), published.version());

        assertThat(withdrawn.status()).isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(withdrawn.history().getLast().actorAccountId()).isNull();
    }

    @Test
    void anAnonymousActorIsNotTheContributorOfALinkedItem() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, contributorId, false);

        assertThatThrownBy(() -> workflow.perform(item.itemId(), WITHDRAW, Decision.NONE,
                Actor.verifiedAnonymousContributor(), item.version()))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void membersAndSuspendedModeratorsMayNotModerate() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(note, null, false);
        long suspendedId = account(Role.MODERATOR);
        transaction.executeWithoutResult(status -> accounts.findById(suspendedId).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));

        for (Actor outsider : List.of(member, Actor.account(suspendedId))) {
            assertThatThrownBy(() -> workflow.perform(item.itemId(), APPROVE, Decision.NONE, outsider,
                    item.version()))
                    .isInstanceOf(ActionRefusedException.class).hasMessageContaining("Only moderators");
            assertThatThrownBy(() -> workflow.queue(PageRequest.of(0, 10), outsider))
                    .isInstanceOf(ActionRefusedException.class);
            assertThatThrownBy(() -> workflow.review(item.itemId(), outsider))
                    .isInstanceOf(ActionRefusedException.class);
        }
    }

    @Test
    void aModeratorCanTakeAPublishedItemDownWithAMessage() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview published = publish(submit(note, null, false));

        assertThat(published.availableActions()).containsExactly(UNPUBLISH);
        ItemReview down = workflow.perform(published.itemId(), UNPUBLISH, Decision.message("A reader recognised it"),
                firstModerator, published.version());
        assertThat(down.status()).isEqualTo(ModerationStatus.CHANGES_REQUESTED);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.CHANGES_REQUESTED);
    }

    @Test
    void theQueueShowsUrgentItemsFirstThenTheLongestWaitingAndMarksOverdueOnes() {
        long older = CONTENT_IDS.incrementAndGet();
        long newer = CONTENT_IDS.incrementAndGet();
        long urgent = CONTENT_IDS.incrementAndGet();
        long olderItem = submit(older, null, false).itemId();
        long newerItem = submit(newer, null, false).itemId();
        long urgentItem = submit(urgent, null, true).itemId();
        // Far in the past, so these come before anything else other tests queue.
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        jdbc.update("update moderation_item set queued_at = ? where id = ?", longAgo, olderItem);
        jdbc.update("update moderation_item set queued_at = ? where id = ?", longAgo.plusSeconds(60), newerItem);
        jdbc.update("update moderation_item set queued_at = ? where id = ?", longAgo.plusSeconds(120), urgentItem);

        List<QueueEntry> queue = workflow.queue(PageRequest.of(0, 500), firstModerator).getContent();
        List<Long> ours = queue.stream().map(QueueEntry::itemId)
                .filter(id -> Set.of(olderItem, newerItem, urgentItem).contains(id)).toList();

        assertThat(ours).containsExactly(urgentItem, olderItem, newerItem);
        QueueEntry oldest = queue.stream().filter(e -> e.itemId() == olderItem).findFirst().orElseThrow();
        assertThat(oldest.overdue()).isTrue();
        assertThat(oldest.title()).isEqualTo("Note " + older);
        assertThat(workflow.overdueItems()).extracting(QueueEntry::itemId).contains(olderItem, newerItem, urgentItem);
        assertThat(queue.indexOf(queue.stream().filter(QueueEntry::urgent).findFirst().orElseThrow()))
                .isLessThan(queue.indexOf(oldest));
    }

    private ItemReview publish(ItemReview item) {
        ItemReview once = workflow.perform(item.itemId(), APPROVE, Decision.NONE, firstModerator, item.version());
        return workflow.perform(item.itemId(), APPROVE, Decision.NONE, secondModerator, once.version());
    }

    @Test
    void aTypeThatOutlivesARejectionTakesANewRevisionIntoTheQueue() {
        long note = CONTENT_IDS.incrementAndGet();
        notes.takeBackAfterRejection(note);
        ItemReview item = submit(note, contributorId, false);
        ItemReview rejected = workflow.perform(item.itemId(), REJECT,
                new Decision(workflow.rejectionReasons().getFirst(), null), firstModerator, item.version());

        ItemReview again = submit(note, contributorId, false);

        assertThat(again.itemId()).isEqualTo(rejected.itemId());
        assertThat(again.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(again.contentRevision()).isEqualTo(rejected.contentRevision() + 1);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.PENDING);
    }

    @Test
    void publishedContentGoesBackToTheQueueWhenSomethingOutsideModerationAsksForAnotherLook() {
        long note = CONTENT_IDS.incrementAndGet();
        ItemReview published = publish(submit(note, contributorId, false));

        ItemReview reopened = transaction.execute(status -> workflow.reopenForReview(RecordingContentType.NAME, note,
                "FLAGGED")).orElseThrow();

        assertThat(reopened.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(reopened.contentRevision()).as("earlier approvals no longer count")
                .isEqualTo(published.contentRevision() + 1);
        assertThat(notes.lastStatusOf(note)).isEqualTo(ModerationStatus.PENDING);
        assertThat(reopened.history()).last().satisfies(line -> {
            assertThat(line.action()).isEqualTo("FLAGGED");
            assertThat(line.actorKind()).isEqualTo(ActorKind.SYSTEM);
        });
        Optional<ItemReview> again = transaction.execute(status -> workflow.reopenForReview(RecordingContentType.NAME,
                note, "FLAGGED"));
        assertThat(again).as("only published content is reopened").isEmpty();
        assertThat(workflow.perform(reopened.itemId(), APPROVE, Decision.NONE, firstModerator, reopened.version())
                .status()).as("one approval is not enough again for this type").isEqualTo(ModerationStatus.PENDING);
    }

    private ItemReview submit(long note, Long contributor, boolean urgent) {
        return transaction.execute(status -> workflow.submit(RecordingContentType.NAME, note, contributor, urgent));
    }

    private long account(Role... roles) {
        return transaction.execute(status -> accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Tester",
                null, "{noop}unused", null, Set.of(roles), Instant.now())).getId());
    }
}
