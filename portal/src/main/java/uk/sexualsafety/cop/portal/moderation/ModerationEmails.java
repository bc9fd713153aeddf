package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.QueueEntry;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts of the emails moderators receive. They say that something is waiting and where, never what: no content,
 * no title (contributors write titles, which may identify someone) and nothing about who sent it. Email leaves the
 * portal's control; the moderator signs in to read the item.
 */
final class ModerationEmails {

    record Email(String subject, String body) {
    }

    static final String URGENT_SUBJECT = "Urgent item waiting for moderation";

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static final String SIGN_OFF = """
            You receive this email because you are a moderator of the Sexual Safety Community of Practice portal.
            """;

    private final String baseUrl;

    ModerationEmails(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String link(long itemId) {
        return baseUrl + "/moderation/" + itemId;
    }

    Email urgentItem(long itemId) {
        return new Email(URGENT_SUBJECT, """
                An item waiting for moderation has been marked urgent: its text suggests that someone may be at risk \
                now.

                Please look at it as soon as you can:
                %s

                This email does not include the item or anything about who sent it. Sign in to the portal to read it.

                %s""".formatted(link(itemId), SIGN_OFF));
    }

    /** Nothing when no item is overdue: moderators are not emailed to be told that all is well. */
    Optional<Email> overdueDigest(List<QueueEntry> overdue, Duration overdueAfter) {
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        String limit = days(overdueAfter.toDays());
        String subject = (overdue.size() == 1 ? "1 item has" : overdue.size() + " items have")
                + " waited more than " + limit + " for moderation";
        var lines = new StringBuilder();
        for (QueueEntry entry : overdue) {
            lines.append("- ").append(entry.contentTypeLabel())
                    .append(", waiting ").append(days(entry.age().toDays()))
                    .append(entry.urgent() ? ", marked urgent" : "")
                    .append(": ").append(link(entry.itemId())).append('\n');
        }
        return Optional.of(new Email(subject, """
                %s waiting for moderation for more than %s:

                %s
                Please look at any marked urgent first.

                This email does not include the items or anything about who sent them. Sign in to the portal to \
                read them.

                %s""".formatted(overdue.size() == 1 ? "This item has been" : "These items have been", limit, lines,
                SIGN_OFF)));
    }

    /** What was paused, until when and why; nothing about who sent what (the portal does not know). */
    Email submissionsPaused(SubmissionsPaused paused) {
        String until = UK_TIME.format(paused.resumesAt());
        String window = duration(paused.window());
        return new Email("New " + paused.what() + " are paused until " + until, """
                The portal has received its limit of %d %s within the current %s, so it refuses new ones \
                until %s (UK time). Anyone who tries before then is told that what they sent was not saved and to \
                send it again later; nothing of it is kept.

                This may be a flood of unwanted submissions. Please look at the moderation queue:
                %s

                If they are genuine, an administrator can raise the limit (%s).

                You will get at most one email like this every %s.

                %s""".formatted(paused.limit(), paused.what(), window, until, baseUrl + "/moderation",
                paused.property(), window, SIGN_OFF));
    }

    private static String duration(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return plural(duration.toHours(), "hour");
        }
        if (duration.toSeconds() % 60 == 0) {
            return plural(duration.toMinutes(), "minute");
        }
        return plural(duration.toSeconds(), "second");
    }

    private static String plural(long count, String unit) {
        return count == 1 ? "1 " + unit : count + " " + unit + "s";
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
