package uk.sexualsafety.cop.portal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.RebuildListener;

/**
 * The index is derived data: when it is empty but the database is not (a new node, a lost or deleted index
 * folder), it is rebuilt in the background as soon as the portal is up; searches fill in as it goes.
 */
@Component
class IndexOnStartup {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStartup.class);

    private final IndexAdministration index;
    private final ResourceRepository resources;

    IndexOnStartup(IndexAdministration index, ResourceRepository resources) {
        this.index = index;
        this.resources = resources;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAnEmptyIndex() {
        if (index.indexState().documents() > 0 || resources.count() == 0 || index.isRebuilding()) {
            return;
        }
        log.info("The search index is empty: rebuilding it from the database");
        index.rebuild(RebuildListener.NONE).whenComplete((progress, failure) -> {
            if (failure != null) {
                log.error("Rebuilding the search index failed", failure);
            } else {
                log.info("Search index rebuilt: {} documents", progress.done());
            }
        });
    }
}
