package uk.sexualsafety.cop.portal.policy.reminder;

import uk.sexualsafety.cop.db.policy.ReminderKind;
import uk.sexualsafety.cop.portal.policy.PolicyDates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The review reminders' texts. They say which policy (its title, organisation and version: what its organisation
 * published, nothing anyone confided) and when its review is due, and link to it; never its summary or text, which
 * readers see after signing in.
 */
final class ReminderEmails {

    record Email(String subject, String body) {
    }

    /** What a reminder is about. */
    record Facts(long policyId, String title, String organisationName, String versionLabel, LocalDate reviewDueOn,
                 ReminderKind kind, LocalDate today) {

        Facts {
            Objects.requireNonNull(title);
            Objects.requireNonNull(organisationName);
            Objects.requireNonNull(versionLabel);
            Objects.requireNonNull(reviewDueOn);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(today);
        }
    }

    private static final String SIGN_OFF = """
            You receive this email because you shared this policy on the Sexual Safety Community of Practice portal, \
            uploaded its current version, or lead employee relations for your organisation there.
            """;

    private final String baseUrl;

    ReminderEmails(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String link(long policyId) {
        return baseUrl + "/policies/" + policyId;
    }

    Email reminder(Facts facts) {
        String due = PolicyDates.format(facts.reviewDueOn());
        long days = ChronoUnit.DAYS.between(facts.today(), facts.reviewDueOn());
        String subject;
        String when;
        if (days > 0) {
            subject = "A policy's review is due on " + due;
            when = "is due on " + due + ", " + (days == 1 ? "tomorrow" : "in " + days + " days");
        } else if (days == 0) {
            subject = "A policy's review is due today";
            when = "is due today, " + due;
        } else {
            subject = "A policy's review is overdue";
            when = "was due on " + due + " and is now overdue";
        }
        return new Email(subject, """
                The review of a policy your organisation shares with the community %s.

                Policy: %s
                Organisation: %s
                Current version: %s

                Please review it. Then either upload the new version, or, if it stays as it is, record the review \
                and its next review date:
                %s

                Once the review date has passed, members see the policy marked "Review overdue" in the library.

                %s""".formatted(when, facts.title(), facts.organisationName(), facts.versionLabel(),
                link(facts.policyId()), SIGN_OFF));
    }
}
