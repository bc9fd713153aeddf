package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.moderation.ModerationQueue;

import java.time.Duration;

/** Everything waiting for a moderator: urgent first, then the longest waiting, overdue ones marked. */
@Route(value = "moderation", layout = MainLayout.class)
@PageTitle("Moderation queue | Sexual Safety Community of Practice")
@Menu(order = 60, title = "Moderation queue")
@RolesAllowed(Role.Names.MODERATOR)
class ModerationQueueView extends VerticalLayout {

    ModerationQueueView(ModerationQueue queue) {
        Grid<QueueEntry> grid = new Grid<>();
        grid.setId("moderation-queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(QueueEntry::contentTypeLabel).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueueEntry::title).setHeader("Title").setFlexGrow(3);
        grid.addComponentColumn(ModerationQueueView::priority).setHeader("Priority").setAutoWidth(true);
        grid.addColumn(entry -> waited(entry.age())).setHeader("Waiting").setAutoWidth(true);
        grid.addColumn(entry -> String.join(", ", entry.contentWarnings())).setHeader("Content warnings")
                .setFlexGrow(2);
        grid.addColumn(entry -> entry.approvals() + " of " + entry.approvalsRequired()).setHeader("Approvals")
                .setAutoWidth(true);
        grid.addComponentColumn(entry -> {
            Button review = new Button("Review", click -> click.getSource().getUI().ifPresent(ui ->
                    ui.navigate(ModerationItemView.class,
                            new RouteParameters("itemId", String.valueOf(entry.itemId())))));
            review.setId("review-" + entry.itemId());
            review.addThemeVariants(ButtonVariant.LUMO_SMALL);
            review.getElement().setAttribute("aria-label", "Review " + entry.title());
            return review;
        }).setHeader("Open").setAutoWidth(true);
        grid.setItems(query -> queue.waiting(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) queue.waitingCount());
        grid.setAllRowsVisible(false);
        add(new H1("Moderation queue"),
                new Paragraph("Items marked urgent suggest someone may be at risk now: read them first. An item "
                        + "waiting more than " + queue.overdueAfter().toDays() + " days is overdue."),
                grid);
        setSizeFull();
    }

    private static Span priority(QueueEntry entry) {
        Span priority = new Span(entry.urgent() ? (entry.overdue() ? "Urgent, overdue" : "Urgent")
                : entry.overdue() ? "Overdue" : "Normal");
        if (entry.urgent() || entry.overdue()) {
            priority.addClassName(entry.urgent() ? "badge-urgent" : "badge-overdue");
        }
        return priority;
    }

    static String waited(Duration age) {
        long days = age.toDays();
        if (days >= 1) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = age.toHours();
        return hours < 1 ? "under an hour" : hours == 1 ? "1 hour" : hours + " hours";
    }
}
