package uk.sexualsafety.cop.portal.policy.reminder;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.policy.ReminderKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderEmailsTest {

    private final ReminderEmails emails = new ReminderEmails("https://portal.test");

    @Test
    void aMonthAheadItSaysWhenAndLinksToThePolicy() {
        ReminderEmails.Email email = emails.reminder(facts(LocalDate.of(2026, 6, 12), ReminderKind.AHEAD,
                LocalDate.of(2026, 5, 13)));

        assertThat(email.subject()).isEqualTo("A policy's review is due on 12 June 2026");
        assertThat(email.body()).contains("is due on 12 June 2026, in 30 days.")
                .contains("Policy: Sexual safety policy\n", "Organisation: Example Ambulance Service\n",
                        "Current version: 2.1\n", "https://portal.test/policies/42\n");
    }

    @Test
    void onTheDayAndAfterItSaysSo() {
        LocalDate due = LocalDate.of(2026, 6, 12);

        assertThat(emails.reminder(facts(due, ReminderKind.DUE, due)).subject())
                .isEqualTo("A policy's review is due today");
        ReminderEmails.Email late = emails.reminder(facts(due, ReminderKind.DUE, due.plusDays(3)));
        assertThat(late.subject()).isEqualTo("A policy's review is overdue");
        assertThat(late.body()).contains("was due on 12 June 2026 and is now overdue");
    }

    @Test
    void tomorrowIsSaidPlainly() {
        LocalDate due = LocalDate.of(2026, 6, 12);

        assertThat(emails.reminder(facts(due, ReminderKind.AHEAD, due.minusDays(1))).body())
                .contains("is due on 12 June 2026, tomorrow.");
    }

    private static ReminderEmails.Facts facts(LocalDate due, ReminderKind kind, LocalDate today) {
        return new ReminderEmails.Facts(42, "Sexual safety policy", "Example Ambulance Service", "2.1", due, kind,
                today);
    }
}
