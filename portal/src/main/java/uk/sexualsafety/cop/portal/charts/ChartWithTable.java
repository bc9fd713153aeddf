package uk.sexualsafety.cop.portal.charts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A report's chart with its numbers: a heading, a {@link BarChart}, a table of the same numbers with a caption, and a
 * "Download CSV" link to the table as a file. Counts pass through a {@link SmallNumberSuppression} first (counts of
 * 1 to 4 show as "fewer than 5" by default), so the table, the file and the chart never show a suppressed number;
 * when some bars are not drawn for that reason, a note under the chart says so.
 */
public class ChartWithTable extends Composite<Section> {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final AtomicLong IDS = new AtomicLong();

    private final String title;
    private final SmallNumberSuppression suppression;
    private final BarChart chart = new BarChart();
    private final Paragraph note = new Paragraph();
    private final NativeTable table = new NativeTable();
    private final Anchor download;
    private SuppressedData shown;
    private String csvFileName;
    private SerializableRunnable onCsvDownload = () -> {
    };

    /** With the portal's suppression of counts under 5. */
    public ChartWithTable(String title, CountData data) {
        this(title, data, SmallNumberSuppression.DEFAULT);
    }

    public ChartWithTable(String title, CountData data, SmallNumberSuppression suppression) {
        this.title = Objects.requireNonNull(title, "title");
        this.suppression = Objects.requireNonNull(suppression, "suppression");
        String id = "chart-" + IDS.incrementAndGet();

        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        note.addClassName("chart-note");
        table.addClassName("chart-table");
        table.setCaptionText(title + ": the numbers");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            onCsvDownload.run();
            byte[] csv = Csv.bytes(shown.rows());
            return new DownloadResponse(new ByteArrayInputStream(csv), getCsvFileName(), "text/csv; charset=UTF-8",
                    csv.length);
        }), "Download CSV");
        download.addClassName("chart-csv");
        download.getElement().setAttribute("aria-label", "Download CSV: " + title);

        Div chartColumn = new Div(chart, note);
        chartColumn.addClassName("chart-with-table__chart");
        Div numbersColumn = new Div(table, download);
        numbersColumn.addClassName("chart-with-table__numbers");
        Div body = new Div(chartColumn, numbersColumn);
        body.addClassName("chart-with-table__body");

        Section section = getContent();
        section.addClassName("chart-with-table");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading, body);
        setData(data);
    }

    /** Shows other counts (the same title and suppression). */
    public void setData(CountData data) {
        shown = suppression.apply(Objects.requireNonNull(data, "data"));
        chart.setData(shown);
        chart.setSummary(summary(title, shown, chart.isStacked()));
        note.setText(shown.anySuppressed() ? suppression.chartNote() : "");
        note.setVisible(shown.anySuppressed());
        fillTable();
    }

    /** The counts as shown, after suppression. */
    public SuppressedData getShownData() {
        return shown;
    }

    public String getTitle() {
        return title;
    }

    /** The chart, for its options beyond those below (such as its value axis title). */
    public BarChart getChart() {
        return chart;
    }

    public void setOrientation(BarChart.Orientation orientation) {
        chart.setOrientation(orientation);
    }

    public void setStacked(boolean stacked) {
        chart.setStacked(stacked);
        chart.setSummary(summary(title, shown, stacked));
    }

    /** The downloaded file's name; by default the title as a slug and the day's date, e.g. "requests-2025-06-01.csv". */
    public void setCsvFileName(String csvFileName) {
        this.csvFileName = csvFileName;
    }

    /** Runs when a CSV download starts, before its bytes are sent: for auditing it. */
    public void setOnCsvDownload(SerializableRunnable onCsvDownload) {
        this.onCsvDownload = Objects.requireNonNull(onCsvDownload, "onCsvDownload");
    }

    public String getCsvFileName() {
        return csvFileName != null ? csvFileName : slug(title) + "-" + LocalDate.now(UK) + ".csv";
    }

    private void fillTable() {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        List<List<String>> rows = shown.rows();
        NativeTableRow headings = table.getHead().addRow();
        for (String heading : rows.getFirst()) {
            headerCell(headings, heading, "col");
        }
        var body = table.getBody();
        for (List<String> row : rows.subList(1, rows.size())) {
            NativeTableRow tableRow = body.addRow();
            headerCell(tableRow, row.getFirst(), "row");
            for (String count : row.subList(1, row.size())) {
                tableRow.addDataCell().setText(count);
            }
        }
    }

    private static void headerCell(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }

    /** The chart's accessible name: what it shows, and where the numbers are (never the numbers themselves). */
    static String summary(String title, SuppressedData shown, boolean stacked) {
        int categories = shown.categories().size();
        List<String> series = shown.seriesNames();
        StringBuilder summary = new StringBuilder(title).append(": bar chart of ").append(categories)
                .append(categories == 1 ? " category" : " categories");
        if (series.size() > 1) {
            summary.append(", ").append(series.size()).append(stacked ? " stacked series (" : " series (")
                    .append(String.join(", ", series)).append(')');
        }
        return summary.append(". The numbers are in the table beside it.").toString();
    }

    /** A file name made of the title: lower-case letters and digits joined by hyphens. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "chart" : plain;
    }
}
