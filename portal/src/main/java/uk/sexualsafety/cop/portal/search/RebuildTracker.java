package uk.sexualsafety.cop.portal.search;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.errors.Failures;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;
import uk.sexualsafety.cop.search.RebuildProgress;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts rebuilds of the index and records them in the database ({@link SharedRebuildState}), whoever started them
 * (an administrator, or a node at start-up), so that the administrators' page and the health endpoint of every node
 * show the same progress, and a second rebuild is refused on any node while one runs. Callers check who may start
 * one.
 */
@Component
class RebuildTracker {

    private static final Logger log = LoggerFactory.getLogger(RebuildTracker.class);

    private final IndexAdministration index;
    private final IndexFormat format;
    private final SharedRebuildState shared;
    private final Clock clock;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-rebuild-heartbeat").factory());

    RebuildTracker(IndexAdministration index, IndexFormat format, SharedRebuildState shared, Clock clock) {
        this.index = index;
        this.format = format;
        this.shared = shared;
        this.clock = clock;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @param startedBy the account that started it, or null for the portal itself
     * @param ended     told once the rebuild has ended, successfully or not, on an indexing thread
     * @throws IllegalStateException if a rebuild is already running, on this node or any other
     */
    IndexRebuildStatus start(Long startedBy, Consumer<IndexRebuildStatus> ended) {
        if (index.isRebuilding()) {
            throw new IllegalStateException("this node's index is being rebuilt");
        }
        String run = shared.claim(startedBy, clock.instant())
                .orElseThrow(() -> new IllegalStateException("a rebuild runs on another node"));
        IndexRebuildStatus started = IndexRebuildStatus.started(null, clock.instant());
        AtomicReference<IndexRebuildStatus> progress = new AtomicReference<>(started);
        CompletionStage<RebuildProgress> rebuild;
        try {
            rebuild = index.rebuild(report -> progress.updateAndGet(status -> status.progressed(report)));
        } catch (IllegalStateException startedMeanwhile) {
            shared.end(run, 0, 0, true, clock.instant());
            throw startedMeanwhile;
        }
        ScheduledFuture<?> beating = heartbeats.scheduleAtFixedRate(() -> beat(run, progress.get()),
                SharedRebuildState.HEARTBEAT.toMillis(), SharedRebuildState.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        rebuild.whenComplete((last, failure) -> {
            beating.cancel(false);
            IndexRebuildStatus end = progress.updateAndGet(status -> failure == null
                    ? status.finished(last, clock.instant()) : status.failed(clock.instant()));
            if (failure == null) {
                // Before the end is shared: a node starting once no rebuild runs must find the index current, or it
                // would rebuild the shared index again.
                recordFormat();
            }
            record(run, end);
            if (failure != null) {
                log.error("Rebuilding the search index failed", failure);
            } else {
                log.info("Search index rebuilt: {} documents in {} ms", end.done(),
                        end.duration(clock.instant()).toMillis());
            }
            ended.accept(end);
        });
        return latest().orElse(started);
    }

    private void record(String run, IndexRebuildStatus end) {
        try {
            shared.end(run, end.done(), end.total(), end.failed(), clock.instant());
        } catch (RuntimeException missed) {
            // Its heartbeat has stopped: within a minute every node sees it as failed and may start another.
            log.warn("Could not record the end of the rebuild: {}", Failures.describeSafely(missed));
        }
    }

    private void beat(String run, IndexRebuildStatus status) {
        try {
            shared.beat(run, status.done(), status.total(), clock.instant());
        } catch (RuntimeException missed) {
            // The next beat tries again; only a minute of missed beats lets another node start a rebuild.
            log.warn("Could not record the rebuild's progress: {}", Failures.describeSafely(missed));
        }
    }

    private void recordFormat() {
        // The rebuild emptied the index first, so all of it is now in this version's format. If this cannot be
        // written, the next start rebuilds again, which costs time but never trusts an old index.
        try {
            format.markCurrent();
        } catch (UncheckedIOException | DataAccessException e) {
            log.error("The search index was rebuilt but its format could not be recorded", e);
        }
    }

    /** The latest rebuild on any node. */
    Optional<IndexRebuildStatus> latest() {
        return shared.latest(clock.instant());
    }

    /** Whether a rebuild runs, on this node or any other. */
    boolean isRebuilding() {
        return index.isRebuilding() || latest().filter(IndexRebuildStatus::running).isPresent();
    }

    @PreDestroy
    void stopBeating() {
        heartbeats.shutdownNow();
    }
}
