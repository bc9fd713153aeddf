package uk.sexualsafety.cop.portal.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts as they may be shown: every cell of a {@link CountData} passed through a {@link SmallNumberSuppression}.
 * The table, the CSV file and the chart are all made from this, never from the raw counts.
 */
public final class SuppressedData {

    private final String categoryHeading;
    private final List<String> categories;
    private final List<String> seriesNames;
    /** cells.get(series).get(category) */
    private final List<List<SuppressedCount>> cells;
    private final SmallNumberSuppression suppression;

    SuppressedData(CountData data, SmallNumberSuppression suppression) {
        this.suppression = Objects.requireNonNull(suppression, "suppression");
        this.categoryHeading = data.categoryHeading();
        this.categories = data.categories();
        this.seriesNames = data.series().stream().map(CountSeries::name).toList();
        this.cells = data.series().stream()
                .map(series -> series.counts().stream().map(suppression::apply).toList())
                .toList();
    }

    public String categoryHeading() {
        return categoryHeading;
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> seriesNames() {
        return seriesNames;
    }

    public SmallNumberSuppression suppression() {
        return suppression;
    }

    /** The shown count of one series in one category. */
    public SuppressedCount cell(int series, int category) {
        return cells.get(series).get(category);
    }

    /** The shown counts of one series, in the order of the categories. */
    public List<SuppressedCount> series(int series) {
        return cells.get(series);
    }

    public boolean anySuppressed() {
        return cells.stream().flatMap(List::stream).anyMatch(SuppressedCount::isSuppressed);
    }

    /**
     * The table as rows of text: a heading row (the category heading, then the series' names), then one row per
     * category (its name, then the shown counts). The CSV file is these rows.
     */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> heading = new ArrayList<>();
        heading.add(categoryHeading);
        heading.addAll(seriesNames);
        rows.add(List.copyOf(heading));
        for (int category = 0; category < categories.size(); category++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(category));
            for (List<SuppressedCount> series : cells) {
                row.add(series.get(category).text());
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }
}
