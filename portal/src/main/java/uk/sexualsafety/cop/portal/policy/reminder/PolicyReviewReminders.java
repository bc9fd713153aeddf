package uk.sexualsafety.cop.portal.policy.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyReviewReminderRepository;
import uk.sexualsafety.cop.db.policy.PolicyVersion;
import uk.sexualsafety.cop.db.policy.ReminderKind;
import uk.sexualsafety.cop.db.policy.ReviewDue;
import uk.sexualsafety.cop.portal.notification.Mailer;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;
import uk.sexualsafety.cop.portal.policy.PolicyDates;
import uk.sexualsafety.cop.portal.policy.PolicyProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Emails a policy's owners ({@link PolicyOwners}) when its review is due: once some days before (30 by default) and
 * once on the day, or at the first run after either if the job did not run then. Each reminder is claimed in the
 * database before it is sent (one row per policy, review date and kind, under a unique key), so it goes out once,
 * even with several nodes; a new review date brings new reminders. Emails go out after the claim has committed; a
 * failure is logged and counted by the {@link Mailer}, not retried (decision 010).
 */
@Component
public class PolicyReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(PolicyReviewReminders.class);

    private record Reminder(List<String> recipients, ReminderEmails.Email email) {
    }

    private final PolicyRepository policies;
    private final PolicyReviewReminderRepository reminders;
    private final PolicyOwners owners;
    private final Mailer mailer;
    private final ReminderEmails emails;
    private final TransactionTemplate transaction;
    private final int daysBefore;
    private final Clock clock;

    PolicyReviewReminders(PolicyRepository policies, PolicyReviewReminderRepository reminders, PolicyOwners owners,
                          Mailer mailer, NotificationProperties notification, PolicyProperties properties,
                          TransactionTemplate transaction, Clock clock) {
        this.policies = policies;
        this.reminders = reminders;
        this.owners = owners;
        this.mailer = mailer;
        this.emails = new ReminderEmails(notification.baseUrl());
        this.transaction = transaction;
        this.daysBefore = properties.reminderDaysBefore();
        this.clock = clock;
    }

    /** Each morning, on one node at a time. */
    @Scheduled(cron = "${portal.policies.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "policy-review-reminders", lockAtMostFor = "PT30M")
    public void sendDueReminders() {
        sendReminders(PolicyDates.today(clock));
    }

    /**
     * Sends the reminders due on {@code today} that have not gone out; returns how many policies' owners were
     * reminded. Tests call it with the day they need.
     */
    public int sendReminders(LocalDate today) {
        int sent = 0;
        // On the day (or overdue) first: a policy already due gets that reminder rather than the early one.
        for (ReviewDue due : policies.findRemindersToSend(null, today, ReminderKind.DUE)) {
            sent += send(due, ReminderKind.DUE, today);
        }
        for (ReviewDue due : policies.findRemindersToSend(today, today.plusDays(daysBefore),
                ReminderKind.AHEAD)) {
            sent += send(due, ReminderKind.AHEAD, today);
        }
        if (sent > 0) {
            log.info("Sent review reminders for {} policies", sent);
        }
        return sent;
    }

    private int send(ReviewDue due, ReminderKind kind, LocalDate today) {
        Optional<Reminder> reminder;
        try {
            reminder = transaction.execute(status -> claim(due, kind, today));
        } catch (RuntimeException e) {
            mailer.failedBeforeSending("Policy review reminder", e);
            return 0;
        }
        if (reminder.isEmpty()) {
            return 0;
        }
        mailer.send(reminder.get().recipients(), reminder.get().email().subject(), reminder.get().email().body());
        return reminder.get().recipients().isEmpty() ? 0 : 1;
    }

    /** Records the reminder as sent and prepares it, unless it went out already or no longer applies. */
    private Optional<Reminder> claim(ReviewDue due, ReminderKind kind, LocalDate today) {
        Policy policy = policies.findById(due.policyId()).filter(Policy::isPublished).orElse(null);
        if (policy == null) {
            return Optional.empty();
        }
        PolicyVersion current = policy.getCurrentVersion().orElseThrow();
        if (!current.getReviewDueOn().equals(due.reviewDueOn())) {
            return Optional.empty(); // reviewed meanwhile: the new date has reminders of its own
        }
        List<String> recipients = owners.emailsOf(policy);
        int claimed = reminders.claim(policy.getId(), due.reviewDueOn(), kind.name(), recipients.size(),
                clock.instant());
        if (claimed == 0) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(recipients, emails.reminder(new ReminderEmails.Facts(policy.getId(),
                policy.getTitle(), policy.getOrganisation().getName(), current.getLabel(), due.reviewDueOn(), kind,
                today))));
    }
}
