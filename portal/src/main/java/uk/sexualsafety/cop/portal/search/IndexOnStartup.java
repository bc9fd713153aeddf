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
 * folder, a new OpenSearch cluster), or when an earlier version of the portal wrote it (it may hold what this
 * version never indexes), it is rebuilt in the background as soon as the portal is up; searches fill in as it goes.
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
    void onStart() {
        rebuildAnEmptyOrOutdatedIndex();
    }

    /**
     * Starts a rebuild when the index needs one. With OpenSearch every node asks this of the one shared index and its
     * one format record: of nodes starting together on an empty index only the one that claims the rebuild runs it,
     * and a node starting later finds the index current (decision 045).
     *
     * @return whether this node started a rebuild
     */
    boolean rebuildAnEmptyOrOutdatedIndex() {
        if (index.isRebuilding()) {
            return false;
        }
        if (index.indexState().documents() == 0) {
            // Whatever is indexed from now on is written by this version.
            format.markCurrent();
            if (resources.count() == 0) {
                return false;
            }
            log.info("The search index is empty: rebuilding it from the database");
        } else if (format.isCurrent()) {
            return false;
        } else {
            log.info("The search index was written by an earlier version of the portal: rebuilding it");
        }
        // Through the tracker, so that administrators and the health endpoint follow its progress too.
        try {
            tracker.start(null, end -> {
            });
            return true;
        } catch (IllegalStateException startedMeanwhile) {
            log.info("The search index is already being rebuilt");
            return false;
        }
    }
}
