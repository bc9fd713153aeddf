package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.QueueEntry;

import java.time.Duration;
import java.util.List;
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

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
