package uk.sexualsafety.cop.portal.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.database.BoundedCall;
import uk.sexualsafety.cop.search.IndexAdministration;

import java.time.Duration;
import java.util.Optional;

/**
 * Reports this node's search index as the health endpoint's "searchIndex": UP with its documents, whether it is
 * being rebuilt and, while it is, how far the rebuild has come (on whichever node runs it); DOWN when the index
 * cannot be read. The rebuild is read from the database, for half a second at most: the database's own health says
 * when it is unreachable, and the endpoint must answer a probe within two seconds even then.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private static final Duration REBUILD_READ_LIMIT = Duration.ofMillis(500);

    private final IndexAdministration index;
    private final BoundedCall<Optional<IndexRebuildStatus>> latestRebuild;

    SearchIndexHealthIndicator(IndexAdministration index, RebuildTracker rebuilds) {
        super("The search index could not be read");
        this.index = index;
        this.latestRebuild = new BoundedCall<>(REBUILD_READ_LIMIT, rebuilds::latest);
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long documents = index.indexState().documents();
        health.up().withDetail("documents", documents);
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
}
