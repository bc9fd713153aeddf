package uk.sexualsafety.cop.search;

/**
 * How far a rebuild of the search index has come.
 *
 * @param done     documents written to the index so far
 * @param total    documents expected, as far as known (it grows as each content type starts)
 * @param finished whether the rebuild has completed
 */
public record RebuildProgress(long done, long total, boolean finished) {

    /** Done as a fraction between 0 and 1, for a progress bar. */
    public double fraction() {
        if (finished) {
            return 1.0;
        }
        return total <= 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }
}
