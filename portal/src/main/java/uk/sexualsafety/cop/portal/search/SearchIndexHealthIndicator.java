package uk.sexualsafety.cop.portal.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.database.BoundedCall;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexState;
import uk.sexualsafety.cop.search.SearchUnavailableException;
import uk.sexualsafety.cop.search.engine.SearchEngine;

import java.time.Duration;
import java.util.Optional;

/**
 * Reports this node's search index as the health endpoint's "searchIndex": UP with its engine, its documents, whether
 * it is being rebuilt and, while it is, how far the rebuild has come (on whichever node runs it); DOWN, naming the
 * engine, when the index cannot be read or the engine cannot be reached. The engine is asked for a second at most and
 * the rebuild read from the database for half a second: the endpoint must answer a probe within two seconds even
 * while either is unreachable. Readiness leaves this out (decision 043): without search, everything else still works.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private static final Duration COUNT_LIMIT = Duration.ofSeconds(1);
    private static final Duration REBUILD_READ_LIMIT = Duration.ofMillis(500);

    private final IndexAdministration index;
    private final String engine;
    private final String engineName;
    private final BoundedCall<Counted> count;
    private final BoundedCall<Optional<IndexRebuildStatus>> latestRebuild;

    SearchIndexHealthIndicator(IndexAdministration index, RebuildTracker rebuilds,
                               @Value("${" + SearchEngine.SETTING + ":}") String engine) {
        super("The search index could not be read");
        this.index = index;
        SearchEngine chosen = SearchEngine.of(engine);
        this.engine = chosen.setting();
        this.engineName = chosen == SearchEngine.OPENSEARCH ? "OpenSearch" : "The Lucene index";
        this.count = new BoundedCall<>(COUNT_LIMIT, this::countDocuments);
        this.latestRebuild = new BoundedCall<>(REBUILD_READ_LIMIT, rebuilds::latest);
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.withDetail("engine", engine);
        Optional<Counted> counted = count.get();
        if (counted.isEmpty() || SearchUnavailableException.meansUnreachable(counted.get().failure())) {
            health.down().withDetail("error", engineName + " cannot be reached");
            return;
        }
        if (counted.get().failure() != null) {
            health.down(counted.get().failure());
            return;
        }
        health.up().withDetail("documents", counted.get().state().documents());
        Optional<Optional<IndexRebuildStatus>> read = latestRebuild.get();
        if (read.isEmpty()) {
            health.withDetail("rebuilding", index.isRebuilding()).withDetail("rebuildState", "unknown: the "
                    + "database did not answer");
            return;
        }
        Optional<IndexRebuildStatus> running = read.get().filter(IndexRebuildStatus::running);
        health.withDetail("rebuilding", index.isRebuilding() || running.isPresent());
        running.ifPresent(latest -> health.withDetail("rebuildDone", latest.done())
                .withDetail("rebuildTotal", latest.total()));
    }

    /** The index's state, or why it could not be read (a bounded call keeps no failure of its own). */
    private record Counted(IndexState state, RuntimeException failure) {
    }

    private Counted countDocuments() {
        try {
            return new Counted(index.indexState(), null);
        } catch (RuntimeException failure) {
            return new Counted(null, failure);
        }
    }
}
