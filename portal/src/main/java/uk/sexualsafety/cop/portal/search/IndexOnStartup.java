package uk.sexualsafety.cop.portal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;

/**
 * The index is derived data: when it is empty but the database is not (a new node, a lost or deleted index
 * folder), or when an earlier version of the portal wrote it (it may hold what this version never indexes), it is
 * rebuilt in the background as soon as the portal is up; searches fill in as it goes.
 */
@Component
class IndexOnStartup {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStartup.class);

    private final IndexAdministration index;
    private final RebuildTracker tracker;
    private final ResourceRepository resources;
    private final IndexFormat format;

    IndexOnStartup(IndexAdministration index, RebuildTracker tracker, ResourceRepository resources,
                   IndexFormat format) {
        this.index = index;
        this.tracker = tracker;
        this.resources = resources;
        this.format = format;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAnEmptyOrOutdatedIndex() {
        if (index.isRebuilding()) {
            return;
        }
        if (index.indexState().documents() == 0) {
            // Whatever is indexed from now on is written by this version.
            format.markCurrent();
            if (resources.count() == 0) {
                return;
            }
            log.info("The search index is empty: rebuilding it from the database");
        } else if (format.isCurrent()) {
            return;
        } else {
            log.info("The search index was written by an earlier version of the portal: rebuilding it");
        }
        // Through the tracker, so that administrators and the health endpoint follow its progress too.
        try {
            tracker.start(null, end -> {
            });
        } catch (IllegalStateException startedMeanwhile) {
            log.info("The search index is already being rebuilt");
        }
    }
}
