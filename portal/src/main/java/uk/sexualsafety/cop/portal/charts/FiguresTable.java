package uk.sexualsafety.cop.portal.charts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Figures that are not counts to chart (days, medians): a heading, a table with a caption and row headers, and the
 * same rows as a CSV download. The caller decides each cell's text, so suppression (e.g. "fewer than 5 cases") is
 * applied once, before anything is shown or exported.
 */
public class FiguresTable extends Composite<Section> {

    private final String title;
    private SerializableRunnable onCsvDownload = () -> {
    };

    public FiguresTable(String id, String title, List<String> headings, List<List<String>> rows) {
        this.title = title;
        Section section = getContent();
        section.setId(id);
        section.addClassName("chart-with-table");
        H2 heading = new H2(title);
        NativeTable table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(title + ": the numbers");
        NativeTableRow head = table.getHead().addRow();
        headings.forEach(text -> header(head, text, "col"));
        for (List<String> row : rows) {
            NativeTableRow line = table.getBody().addRow();
            header(line, row.getFirst(), "row");
            row.subList(1, row.size()).forEach(cell -> line.addDataCell().setText(cell));
        }
        List<List<String>> csvRows = new ArrayList<>();
        csvRows.add(headings);
        csvRows.addAll(rows);
        String fileName = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                + "-" + LocalDate.now(ZoneId.of("Europe/London")) + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            onCsvDownload.run();
            byte[] csv = Csv.bytes(csvRows);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv; charset=UTF-8",
                    csv.length);
        }), "Download CSV");
        download.addClassName("chart-csv");
        download.getElement().setAttribute("aria-label", "Download CSV: " + title);
        section.add(heading, table, download);
    }

    public String getTitle() {
        return title;
    }

    /** Runs when a CSV download starts, before its bytes are sent: for auditing it. */
    public void setOnCsvDownload(SerializableRunnable onCsvDownload) {
        this.onCsvDownload = Objects.requireNonNull(onCsvDownload, "onCsvDownload");
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }
}
