package uk.sexualsafety.cop.portal.moderation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.ModerationItemChanged;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.notification.Mailer;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;

import java.util.Set;

/**
 * Tells moderators by email when an urgent item enters the queue, when a kind of submission is paused for everyone,
 * and each morning which items have waited too long.
 * Only once the action's transaction has committed, so that nothing is announced that did not happen; and never at
 * the cost of the action: a failure here is logged and counted by the {@link Mailer}, not thrown.
 */
@Component
class ModerationNotifications {

    private static final Set<String> SUBMISSIONS = Set.of("SUBMITTED", "RESUBMITTED");

    private final ModerationWorkflow workflow;
    private final ModeratorAddresses moderators;
    private final Mailer mailer;
    private final ModerationEmails emails;

    ModerationNotifications(ModerationWorkflow workflow, ModeratorAddresses moderators, Mailer mailer,
                            NotificationProperties properties) {
        this.workflow = workflow;
        this.moderators = moderators;
        this.mailer = mailer;
        this.emails = new ModerationEmails(properties.baseUrl());
    }

    /**
     * A new or revised submission that is urgent. Moderators' own actions on an urgent item (an edit, a first
     * approval) leave it pending too, but they already know of it.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void itemChanged(ModerationItemChanged event) {
        if (!event.urgent() || event.toStatus() != ModerationStatus.PENDING || !SUBMISSIONS.contains(event.action())) {
            return;
        }
        toModerators(emails.urgentItem(event.itemId()));
    }

    /**
     * Everyone's limit on a kind of submission has been reached (the sender makes sure this is once per window). The
     * refused request is outside any transaction, so this runs at once; inside one, it would wait for the commit.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void submissionsPaused(SubmissionsPaused event) {
        toModerators(emails.submissionsPaused(event));
    }

    private void toModerators(ModerationEmails.Email email) {
        try {
            mailer.send(moderators.active(), email.subject(), email.body());
        } catch (RuntimeException e) {
            mailer.failedBeforeSending(email.subject(), e);
        }
    }

    /**
     * Emails every moderator a list of the items waiting longer than the overdue limit, if there are any. On a
     * schedule, on one node at a time; tests call it directly.
     */
    @Scheduled(cron = "${portal.moderation.digest-cron:0 0 8 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "moderation-digest", lockAtMostFor = "PT10M")
    public void sendOverdueDigest() {
        try {
            emails.overdueDigest(workflow.overdueItems(), workflow.overdueAfter())
                    .ifPresent(digest -> mailer.send(moderators.active(), digest.subject(), digest.body()));
        } catch (RuntimeException e) {
            mailer.failedBeforeSending("Overdue moderation digest", e);
        }
    }
}
