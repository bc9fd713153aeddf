package uk.sexualsafety.cop.portal.charts;

import java.util.OptionalLong;

/**
 * A count of cases as it may be shown: either the number, or "fewer than N" for a count from 1 to N - 1 (see
 * {@link SmallNumberSuppression}). A suppressed count does not keep its number, so nothing built from it (a table,
 * a CSV file, a chart, a summary) can show it by mistake.
 */
public final class SuppressedCount {

    private final long value;
    private final int threshold;
    private final boolean suppressed;

    private SuppressedCount(long value, int threshold, boolean suppressed) {
        this.value = value;
        this.threshold = threshold;
        this.suppressed = suppressed;
    }

    /**
     * @param count     a count of cases, 0 or more
     * @param threshold the smallest count shown as a number
     */
    public static SuppressedCount of(long count, int threshold) {
        if (count < 0) {
            throw new IllegalArgumentException("A count of cases cannot be negative: " + count);
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold of small-number suppression must be at least 1");
        }
        boolean suppressed = count > 0 && count < threshold;
        return new SuppressedCount(suppressed ? -1 : count, threshold, suppressed);
    }

    /** With the portal's threshold of 5. */
    public static SuppressedCount of(long count) {
        return of(count, SmallNumberSuppression.DEFAULT.threshold());
    }

    public boolean isSuppressed() {
        return suppressed;
    }

    /** The number, when it may be shown. */
    public OptionalLong value() {
        return suppressed ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** What a table or a CSV cell shows: "12", "0" or "fewer than 5". */
    public String text() {
        return suppressed ? fewerThan(threshold) : Long.toString(value);
    }

    static String fewerThan(int threshold) {
        return "fewer than " + threshold;
    }

    /** The length of the bar: none (null) when suppressed. */
    Long plotted() {
        return suppressed ? null : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SuppressedCount that && value == that.value && threshold == that.threshold
                && suppressed == that.suppressed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 31 + threshold * 2 + (suppressed ? 1 : 0);
    }

    @Override
    public String toString() {
        return text();
    }
}
