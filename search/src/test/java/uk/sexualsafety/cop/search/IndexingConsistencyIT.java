package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceRepository;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

/**
 * With the production setting ({@code write-sync}: indexing in the committing thread, readers refreshed when a search
 * follows a change), the first search after a commit already shows the change: nothing waits for a refresh.
 */
@SearchIntegrationTest
@TestPropertySource(properties = "portal.search.synchronization-strategy=write-sync")
class IndexingConsistencyIT {

    @Autowired
    SearchService search;
    @Autowired
    ResourceRepository resources;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSearchRightAfterACommitShowsAnAddedChangedOrRemovedItem() {
        String word = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String changed = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = resources.save(publicResource().titled("Added " + word).build()).getId();

        assertThat(found(word)).isEqualTo(1);

        transaction.executeWithoutResult(status -> {
            Resource resource = resources.findById(id).orElseThrow();
            resource.update("Changed " + changed, resource.getSummary(), resource.getUrl(), resource.getKind(),
                    resource.getAudience(), resource.getPublishedOn(), resource.getThemes(), Instant.now());
        });

        assertThat(found(word)).isZero();
        assertThat(found(changed)).isEqualTo(1);

        resources.deleteById(id);

        assertThat(found(changed)).isZero();
    }

    private long found(String text) {
        return search.search(SearchQuery.of(text), SearchViewer.anonymous()).totalHits();
    }
}
