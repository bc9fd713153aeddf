package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How findings that share characters are resolved, by the anonymiser and by detectors that find several spans. */
final class Overlaps {

    /** Earliest first; of two starting together the longer, then the more confident, comes first. */
    static final Comparator<Finding> READING_ORDER = Overlaps::compareInReadingOrder;

    private Overlaps() {
    }

    /** Written out: tens of thousands of findings in a long text are sorted by it, twice. */
    private static int compareInReadingOrder(Finding first, Finding second) {
        int byStart = Integer.compare(first.start(), second.start());
        if (byStart != 0) {
            return byStart;
        }
        int byLength = Integer.compare(second.length(), first.length());
        return byLength != 0 ? byLength : Double.compare(second.confidence(), first.confidence());
    }

    /**
     * The findings in reading order, less each one inside a longer one or on the same span as a more confident one
     * (the first of equals): replacing the outer finding covers it.
     */
    static List<Finding> withoutContained(List<Finding> findings) {
        var sorted = new ArrayList<>(findings);
        sorted.sort(READING_ORDER);
        var kept = new ArrayList<Finding>(sorted.size());
        // Every kept finding starts at or before the current one, so the current one is inside a kept one
        // exactly when it ends no later than the furthest kept end.
        int furthestKeptEnd = -1;
        for (Finding finding : sorted) {
            if (finding.end() > furthestKeptEnd) {
                kept.add(finding);
                furthestKeptEnd = finding.end();
            }
        }
        return kept;
    }

    /** The findings in reading order, less each one that shares a character with one before it. */
    static List<Finding> withoutOverlapping(List<Finding> findings) {
        var sorted = new ArrayList<>(findings);
        sorted.sort(READING_ORDER);
        var kept = new ArrayList<Finding>(sorted.size());
        int lastKeptEnd = 0;
        for (Finding finding : sorted) {
            if (finding.start() >= lastKeptEnd) {
                kept.add(finding);
                lastKeptEnd = finding.end();
            }
        }
        return kept;
    }
}
