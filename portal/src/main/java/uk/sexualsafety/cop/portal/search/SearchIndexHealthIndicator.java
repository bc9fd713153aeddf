package uk.sexualsafety.cop.portal.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.search.IndexAdministration;

/**
 * Reports this node's search index as the health endpoint's "searchIndex": UP with its documents, whether it is
 * being rebuilt and, while it is, how far the rebuild has come; DOWN when the index cannot be read.
 */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final IndexAdministration index;
    private final RebuildTracker rebuilds;

    SearchIndexHealthIndicator(IndexAdministration index, RebuildTracker rebuilds) {
        super("The search index could not be read");
        this.index = index;
        this.rebuilds = rebuilds;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long documents = index.indexState().documents();
        boolean rebuilding = rebuilds.isRebuilding();
        health.up().withDetail("documents", documents).withDetail("rebuilding", rebuilding);
        rebuilds.latest().filter(latest -> rebuilding && latest.running()).ifPresent(latest -> health
                .withDetail("rebuildDone", latest.done())
                .withDetail("rebuildTotal", latest.total()));
    }
}
