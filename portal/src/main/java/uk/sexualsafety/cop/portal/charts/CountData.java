package uk.sexualsafety.cop.portal.charts;

import java.util.List;
import java.util.Objects;

/**
 * The raw counts behind a bar chart: categories (the bars, the table's rows) and one or more series (the colours,
 * the table's columns). Shown only through {@link SuppressedData}.
 *
 * @param categoryHeading what the categories are, e.g. "Request category": the axis title and the first column's
 *                        heading
 * @param categories      the categories' names, shown as text
 * @param series          at least one series, each with one count per category
 */
public record CountData(String categoryHeading, List<String> categories, List<CountSeries> series) {

    public CountData {
        Objects.requireNonNull(categoryHeading, "categoryHeading");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one series");
        }
        for (CountSeries one : series) {
            if (one.counts().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + one.name() + "' has " + one.counts().size()
                        + " counts for " + categories.size() + " categories");
            }
        }
    }

    public static CountData of(String categoryHeading, List<String> categories, CountSeries... series) {
        return new CountData(categoryHeading, categories, List.of(series));
    }
}
