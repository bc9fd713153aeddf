package uk.sexualsafety.cop.portal.search;

import uk.sexualsafety.cop.search.RebuildProgress;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest rebuild of the search index, on whichever node: how far it has come and how it ended.
 *
 * @param startedBy  the display name of the administrator who started it; empty when the portal started it itself
 *                   because the index was empty or written by an earlier version
 * @param startedAt  when it started
 * @param done       documents written so far
 * @param total      documents expected, as far as known yet
 * @param finishedAt when it finished or failed; empty while it runs
 * @param failed     whether it stopped with an error
 */
public record IndexRebuildStatus(Optional<String> startedBy, Instant startedAt, long done, long total,
                                 Optional<Instant> finishedAt, boolean failed) {

    public IndexRebuildStatus {
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    static IndexRebuildStatus started(String startedBy, Instant startedAt) {
        return new IndexRebuildStatus(Optional.ofNullable(startedBy), startedAt, 0, 0, Optional.empty(), false);
    }

    public boolean running() {
        return finishedAt.isEmpty();
    }

    public boolean succeeded() {
        return finishedAt.isPresent() && !failed;
    }

    /** Done as a fraction between 0 and 1, for a progress bar. */
    public double fraction() {
        if (succeeded()) {
            return 1.0;
        }
        return total <= 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }

    /** How long it took, or has taken so far. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, finishedAt.orElse(now));
    }

    /**
     * With the indexer's latest report. Reports come from several threads and may arrive out of order, so the
     * counts only grow; nothing changes once the rebuild has ended.
     */
    IndexRebuildStatus progressed(RebuildProgress progress) {
        if (!running()) {
            return this;
        }
        return new IndexRebuildStatus(startedBy, startedAt, Math.max(done, progress.done()),
                Math.max(total, progress.total()), finishedAt, false);
    }

    IndexRebuildStatus finished(RebuildProgress last, Instant at) {
        IndexRebuildStatus counted = progressed(last);
        return new IndexRebuildStatus(startedBy, startedAt, counted.done, Math.max(counted.done, counted.total),
                Optional.of(at), false);
    }

    IndexRebuildStatus failed(Instant at) {
        return new IndexRebuildStatus(startedBy, startedAt, done, total, Optional.of(at), true);
    }
}
