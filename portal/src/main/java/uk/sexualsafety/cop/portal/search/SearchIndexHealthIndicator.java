package uk.sexualsafety.cop.portal.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.search.IndexAdministration;

/** Reports the search index as the health endpoint's "searchIndex": readable, and whether it is being rebuilt. */
@Component("searchIndex")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final IndexAdministration index;

    SearchIndexHealthIndicator(IndexAdministration index) {
        super("The search index could not be read");
        this.index = index;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long documents = index.indexState().documents();
        health.up().withDetail("documents", documents).withDetail("rebuilding", index.isRebuilding());
    }
}
