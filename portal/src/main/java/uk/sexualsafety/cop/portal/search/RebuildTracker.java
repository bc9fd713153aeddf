package uk.sexualsafety.cop.portal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;
import uk.sexualsafety.cop.search.RebuildProgress;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts rebuilds of this node's index and remembers the latest one, whoever started it (an administrator, or the
 * portal at start-up), so that the administrators' page and the health endpoint show the same progress. Callers
 * check who may start one. The index is each node's own, so is this record of it.
 */
@Component
class RebuildTracker {

    private static final Logger log = LoggerFactory.getLogger(RebuildTracker.class);

    private final IndexAdministration index;
    private final IndexFormat format;
    private final Clock clock;
    private final AtomicReference<IndexRebuildStatus> latest = new AtomicReference<>();

    RebuildTracker(IndexAdministration index, IndexFormat format, Clock clock) {
        this.index = index;
        this.format = format;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @param startedBy who started it, or null for the portal itself
     * @param ended     told once the rebuild has ended, successfully or not, on an indexing thread
     * @throws IllegalStateException if a rebuild is already running
     */
    IndexRebuildStatus start(String startedBy, Consumer<IndexRebuildStatus> ended) {
        IndexRebuildStatus started = IndexRebuildStatus.started(startedBy, clock.instant());
        // Claims the rebuild first: when another one runs, the latest status stays that one's.
        CompletionStage<RebuildProgress> rebuild = index.rebuild(progress -> latest.updateAndGet(
                status -> status == null ? null : status.progressed(progress)));
        latest.set(started);
        rebuild.whenComplete((progress, failure) -> {
            IndexRebuildStatus end = latest.updateAndGet(status -> failure == null
                    ? status.finished(progress, clock.instant()) : status.failed(clock.instant()));
            if (failure != null) {
                log.error("Rebuilding the search index failed", failure);
            } else {
                recordFormat();
                log.info("Search index rebuilt: {} documents in {} ms", end.done(),
                        end.duration(clock.instant()).toMillis());
            }
            ended.accept(end);
        });
        return latest.get();
    }

    private void recordFormat() {
        // The rebuild emptied the index first, so all of it is now in this version's format. If this cannot be
        // written, the next start rebuilds again, which costs time but never trusts an old index.
        try {
            format.markCurrent();
        } catch (UncheckedIOException e) {
            log.error("The search index was rebuilt but its format could not be recorded", e);
        }
    }

    Optional<IndexRebuildStatus> latest() {
        return Optional.ofNullable(latest.get());
    }

    boolean isRebuilding() {
        return index.isRebuilding();
    }
}
