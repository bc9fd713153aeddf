package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.sexualsafety.cop.moderation.workflow.HistoryLine;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What happened to an item under review, oldest first; moderators other than the reader are not named. */
class ItemHistory extends Composite<VerticalLayout> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    ItemHistory(ItemReview item, long me) {
        OrderedList lines = new OrderedList();
        lines.setId("history");
        for (HistoryLine line : item.history()) {
            String who = switch (line.actorKind()) {
                case CONTRIBUTOR -> "The contributor";
                case SYSTEM -> "The portal";
                case MODERATOR -> line.actorAccountId() != null && line.actorAccountId() == me ? "You"
                        : "A moderator";
            };
            String text = WHEN.format(line.occurredAt()) + ": " + who + " \u2013 " + describe(line.action())
                    + (line.reason() == null ? "" : " (" + line.reason() + ")")
                    + (line.message() == null ? "" : ": \u201C" + line.message() + "\u201D");
            lines.add(new ListItem(text));
        }
        getContent().add(new H2("History"), lines);
        getContent().setPadding(false);
    }

    private static String describe(String action) {
        return switch (action) {
            case "SUBMITTED" -> "submitted it";
            case "RESUBMITTED" -> "sent a new version";
            case "APPROVE" -> "approved it";
            case "REQUEST_CHANGES" -> "asked for changes";
            case "REJECT" -> "rejected it";
            case "EDIT" -> "edited it";
            case "UNPUBLISH" -> "took it down";
            case "WITHDRAW" -> "withdrew it";
            default -> action.toLowerCase().replace('_', ' ');
        };
    }
}
