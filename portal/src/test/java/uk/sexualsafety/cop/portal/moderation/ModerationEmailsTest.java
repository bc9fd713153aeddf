package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationEmailsTest {

    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private final ModerationEmails emails = new ModerationEmails("https://portal.test");

    @Test
    void theUrgentEmailLinksToTheItemAndSaysWhy() {
        ModerationEmails.Email email = emails.urgentItem(42);

        assertThat(email.subject()).isEqualTo("Urgent item waiting for moderation");
        assertThat(email.body()).contains("marked urgent", "someone may be at risk now",
                "https://portal.test/moderation/42\n");
    }

    @Test
    void noDigestIsWrittenWhenNothingIsOverdue() {
        assertThat(emails.overdueDigest(List.of(), THREE_DAYS)).isEmpty();
    }

    @Test
    void theDigestListsEachItemsTypeWaitAndUrgencyButNeverItsTitleOrWarnings() {
        ModerationEmails.Email digest = emails.overdueDigest(List.of(
                entry(7, "Story", true, Duration.ofDays(5).plusHours(23)),
                entry(8, "Case study", false, Duration.ofDays(1).plusHours(2))), THREE_DAYS).orElseThrow();

        assertThat(digest.subject()).isEqualTo("2 items have waited more than 3 days for moderation");
        assertThat(digest.body())
                .contains("- Story, waiting 5 days, marked urgent: https://portal.test/moderation/7\n")
                .contains("- Case study, waiting 1 day: https://portal.test/moderation/8\n")
                .doesNotContain("Title written by", "Self-harm");
    }

    @Test
    void aDigestOfOneItemSpeaksOfOne() {
        ModerationEmails.Email digest = emails.overdueDigest(List.of(entry(9, "Story", false, Duration.ofDays(4))),
                Duration.ofDays(1)).orElseThrow();

        assertThat(digest.subject()).isEqualTo("1 item has waited more than 1 day for moderation");
        assertThat(digest.body()).startsWith("This item has been waiting for moderation for more than 1 day:");
    }

    @Test
    void thePauseEmailSaysWhatIsPausedUntilWhenInUkTimeAndWhatModeratorsCanDo() {
        ModerationEmails.Email email = emails.submissionsPaused(new SubmissionsPaused("anonymous stories",
                "portal.stories.anonymous-submissions-for-everyone", 200, Duration.ofMinutes(10),
                Instant.parse("2026-07-01T13:30:00Z")));

        assertThat(email.subject()).isEqualTo("New anonymous stories are paused until 14:30");
        assertThat(email.body())
                .contains("its limit of 200 anonymous stories within the current 10 minutes",
                        "until 14:30 (UK time)", "https://portal.test/moderation\n",
                        "portal.stories.anonymous-submissions-for-everyone", "at most one email like this every "
                                + "10 minutes");
    }

    private static QueueEntry entry(long itemId, String label, boolean urgent, Duration age) {
        return new QueueEntry(itemId, 0, label, "Title written by the contributor " + itemId, List.of("Self-harm"),
                urgent, true, Instant.now().minus(age), age, 0, 2);
    }
}
