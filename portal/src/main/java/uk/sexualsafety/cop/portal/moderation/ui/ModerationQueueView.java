package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.QueueEntry;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.moderation.ModerationQueue;

import java.time.Duration;
import java.util.List;

/**
 * Everything waiting for a moderator: urgent first, then the longest waiting, overdue ones marked; searchable by
 * what the items say.
 */
@Route(value = "moderation", layout = MainLayout.class)
@PageTitle("Moderation queue | Sexual Safety Community of Practice")
@Menu(order = 60, title = "Moderation queue")
@RolesAllowed(Role.Names.MODERATOR)
class ModerationQueueView extends VerticalLayout implements BeforeEnterObserver {

    static final String QUERY = "q";
    /** As much as a search uses (see QueryText): a longer paste is cut by the field, not refused. */
    static final int SEARCH_MAX_LENGTH = 500;

    private final ModerationQueue queue;
    private final Grid<QueueEntry> grid = new Grid<>();
    private final TextField search = new TextField("Search waiting items");
    private final Button clear = new Button("Clear search");
    private final Div result = new Div();

    ModerationQueueView(ModerationQueue queue) {
        this.queue = queue;
        grid.setId("moderation-queue");
        grid.setAriaLabel("Items waiting for moderation");
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
        grid.setAllRowsVisible(false);
        add(new H1("Moderation queue"),
                new Paragraph("Items marked urgent suggest someone may be at risk now: read them first. An item "
                        + "waiting more than " + queue.overdueAfter().toDays() + " days is overdue."),
                searchBar(), result, grid);
        setSizeFull();
    }

    /** The search is in the address (?q=), so that a moderator can reload or bookmark it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter(QUERY).orElse("").strip();
        search.setValue(text);
        if (text.isEmpty()) {
            showWholeQueue();
        } else {
            showMatches(text);
        }
    }

    private HorizontalLayout searchBar() {
        search.setId("queue-search");
        search.setMaxLength(SEARCH_MAX_LENGTH);
        search.setClearButtonVisible(true);
        search.setHelperText("Words from the title or text. Put a phrase in quotes; put a minus before a word to "
                + "leave out items with it.");
        search.setWidth("28rem");
        Button go = new Button("Search", click -> navigateTo(search.getValue().strip()));
        go.setId("queue-search-button");
        go.addClickShortcut(Key.ENTER).listenOn(search);
        clear.setId("queue-search-clear");
        clear.addClickListener(click -> navigateTo(""));
        HorizontalLayout bar = new HorizontalLayout(search, go, clear);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        result.setId("queue-search-result");
        result.getElement().setAttribute("role", "status");
        return bar;
    }

    private void navigateTo(String text) {
        getUI().ifPresent(ui -> ui.navigate(ModerationQueueView.class,
                text.isEmpty() ? QueryParameters.empty() : QueryParameters.of(QUERY, text)));
    }

    private void showWholeQueue() {
        clear.setVisible(false);
        result.setText("");
        grid.setItems(query -> queue.waiting(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) queue.waitingCount());
        grid.setEmptyStateText("Nothing is waiting for moderation.");
    }

    private void showMatches(String text) {
        clear.setVisible(true);
        // One ranking per search: the matches are few, and ranking them again for each page would read every
        // waiting text again.
        List<QueueEntry> matches = queue.search(text, PageRequest.of(0, ModerationQueue.SEARCHED_ITEMS))
                .getContent();
        // A pasted essay is echoed by its start; cut between characters, never inside an emoji.
        String shown = text.codePointCount(0, text.length()) > 80
                ? text.substring(0, text.offsetByCodePoints(0, 80)) + "\u2026" : text;
        grid.setItems(matches);
        grid.setEmptyStateText("No waiting item matches.");
        result.setText(matches.isEmpty()
                ? "No waiting item matches \u201C" + shown + "\u201D. Try fewer or other words, check the spelling, "
                + "or clear the search to see the whole queue."
                : (matches.size() == 1 ? "1 item matches" : matches.size() + " items match") + " \u201C" + shown
                + "\u201D, best match first.");
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
