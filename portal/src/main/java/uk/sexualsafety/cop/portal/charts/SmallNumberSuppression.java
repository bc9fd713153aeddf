package uk.sexualsafety.cop.portal.charts;

/**
 * Statistical disclosure control for counts of cases: a count from 1 up to {@code threshold - 1} is shown as
 * "fewer than {threshold}" rather than the number, in the table, the CSV and the chart alike, so that a small group
 * of people cannot be recognised from a report.
 * <p>
 * Zero is shown as 0: it says that no case exists, which identifies nobody, and hiding it would make every empty cell
 * look like a small one. Suppression works on single cells only: a caller that shows totals beside suppressed cells
 * must itself make sure that no suppressed cell can be worked out from them (secondary suppression).
 *
 * @param threshold the smallest count shown as a number (5 by default); at least 1 (1 suppresses nothing)
 */
public record SmallNumberSuppression(int threshold) {

    /** The portal's rule: counts of 1 to 4 are shown as "fewer than 5". */
    public static final SmallNumberSuppression DEFAULT = new SmallNumberSuppression(5);

    public SmallNumberSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold of small-number suppression must be at least 1");
        }
    }

    /** The count as it may be shown. */
    public SuppressedCount apply(long count) {
        return SuppressedCount.of(count, threshold);
    }

    /** Every count of the data as it may be shown. */
    public SuppressedData apply(CountData data) {
        return new SuppressedData(data, this);
    }

    /** What a suppressed count shows instead of its number: "fewer than 5". */
    public String suppressedText() {
        return SuppressedCount.fewerThan(threshold);
    }

    /** The note beside a chart some of whose bars are not drawn. */
    public String chartNote() {
        return "Bars under " + threshold + " are not shown: the table says \"" + suppressedText()
                + "\" for them.";
    }
}
