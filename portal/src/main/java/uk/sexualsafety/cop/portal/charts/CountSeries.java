package uk.sexualsafety.cop.portal.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One series of counts, one count per category: a colour in a chart, a column in its table.
 *
 * @param name   the series' name, shown as text in the legend and the table's column heading
 * @param counts counts of cases, 0 or more, in the order of the categories
 */
public record CountSeries(String name, List<Long> counts) {

    public CountSeries {
        Objects.requireNonNull(name, "name");
        counts = List.copyOf(counts);
        for (Long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("Series '" + name + "' has a negative count: " + count);
            }
        }
    }

    public CountSeries(String name, long... counts) {
        this(name, Arrays.stream(counts).boxed().toList());
    }
}
