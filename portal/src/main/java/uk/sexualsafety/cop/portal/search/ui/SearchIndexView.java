package uk.sexualsafety.cop.portal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.search.IndexRebuildStatus;
import uk.sexualsafety.cop.portal.search.IndexRebuilds;
import uk.sexualsafety.cop.portal.search.RebuildRefusedException;
import uk.sexualsafety.cop.portal.search.SearchIndexOverview;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The search index: what it holds, and a rebuild from the database with its progress. The app has no
 * server push, so while a rebuild runs the page polls for its progress, and stops polling once it has ended.
 */
@Route(value = "admin/search-index", layout = MainLayout.class)
@PageTitle("Search index | Sexual Safety Community of Practice")
@Menu(order = 130, title = "Search index")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class SearchIndexView extends VerticalLayout {

    static final int POLL_MILLISECONDS = 1000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final IndexRebuilds rebuilds;
    private final Paragraph documents = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Div progressBox = new Div();
    private final Button rebuild = new Button("Rebuild the index");
    private final Div outcome = new Div();
    private Registration polling;
    private boolean sawRunning;

    SearchIndexView(IndexRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        documents.setId("index-documents");
        status.setId("rebuild-status");
        progress.setId("rebuild-progress");
        progress.setMin(0);
        progress.setMax(1);
        progressLabel.setId("rebuild-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "rebuild-progress-label");
        progressBox.setId("rebuild-progress-box");
        progressBox.setWidth("min(100%, 32rem)");
        progress.setWidthFull();
        progressBox.add(progressLabel, progress);
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> confirm());
        outcome.setId("rebuild-outcome");
        add(new H1("Search index"),
                new Paragraph("Search reads an index built from the database. If results look wrong or out of "
                        + "date, for example after the database was restored from a backup, rebuild the index. One "
                        + "rebuild runs at a time, whichever server of the portal started it, and every server shows "
                        + "its progress."),
                documents, new H2("Rebuilding"), status, progressBox, rebuild, outcome);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        // Reopening the page during a rebuild follows it from where it has got to.
        pollWhileRunning(attach.getUI(), rebuilds.overview());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
        super.onDetach(detach);
    }

    private void confirm() {
        new ConfirmationDialog("rebuild-dialog", "Rebuild the search index?",
                "The index is emptied and built again from the database. Until the rebuild has finished, searches "
                        + "show partial results; everything else works as usual.",
                "Rebuild the index", this::start).open();
    }

    private void start() {
        outcome.removeAll();
        try {
            rebuilds.start();
            // Even a rebuild over before the page looks again gets its final message.
            sawRunning = true;
        } catch (RebuildRefusedException refused) {
            outcome.add(Notice.problem("rebuild-refused", refused.getMessage()).focused());
        }
        SearchIndexOverview overview = refresh();
        getUI().ifPresent(ui -> pollWhileRunning(ui, overview));
    }

    private SearchIndexOverview refresh() {
        SearchIndexOverview overview = rebuilds.overview();
        documents.setText(overview.documents().isPresent()
                ? "Items in the index: " + count(overview.documents().getAsLong()) + "."
                : "The index cannot be read. Rebuild it to make search work again.");
        IndexRebuildStatus latest = overview.latest().orElse(null);
        boolean running = overview.rebuilding();
        rebuild.setEnabled(!running);
        status.setText(statusText(overview, latest));
        progressBox.setVisible(latest != null && (running || latest.succeeded()));
        if (latest != null) {
            progress.setValue(latest.fraction());
            progressLabel.setText(latest.total() == 0 && latest.running() ? "Counting the items to index"
                    : count(latest.done()) + " of " + count(latest.total()) + " items");
            progress.getElement().setAttribute("aria-valuetext", progressLabel.getText());
        }
        if (running) {
            sawRunning = true;
        } else if (sawRunning && latest != null) {
            sawRunning = false;
            outcome.removeAll();
            outcome.add((latest.failed()
                    ? Notice.problem("rebuild-finished", "The rebuild failed after " + count(latest.done())
                    + " items. Searches may miss items until a rebuild succeeds: try again, and if it fails again, "
                    + "the server's log says why.")
                    : Notice.success("rebuild-finished", "The search index was rebuilt in "
                    + took(latest.duration(Instant.now())) + ": it holds "
                    + count(overview.documents().orElse(0)) + " published items.")).focused());
        }
        return overview;
    }

    private static String statusText(SearchIndexOverview overview, IndexRebuildStatus latest) {
        if (latest == null) {
            return overview.rebuilding() ? "The index is being rebuilt." : "The index has not been rebuilt since "
                    + "this server started.";
        }
        String who = latest.startedBy().map(name -> " by " + name)
                .orElse(" by the portal, because the index was empty or written by an earlier version");
        if (overview.rebuilding() && latest.running()) {
            return "A rebuild is running: started " + WHEN.format(latest.startedAt()) + who
                    + ". Searches show partial results until it has finished.";
        }
        if (overview.rebuilding()) {
            return "The index is being rebuilt.";
        }
        Instant ended = latest.finishedAt().orElse(latest.startedAt());
        return (latest.failed() ? "The last rebuild failed at " + WHEN.format(ended)
                : "The last rebuild finished at " + WHEN.format(ended) + ", " + count(latest.done()) + " items in "
                + took(latest.duration(ended))) + "; started" + who + ".";
    }

    private void pollWhileRunning(UI ui, SearchIndexOverview overview) {
        if (overview.rebuilding() && polling == null) {
            ui.setPollInterval(POLL_MILLISECONDS);
            polling = ui.addPollListener(poll -> {
                if (!refresh().rebuilding()) {
                    stopPolling(ui);
                }
            });
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    static String count(long items) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(items);
    }

    static String took(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " minutes" : duration.toHours() + " hours " + duration.toMinutesPart()
                + " minutes";
    }
}
