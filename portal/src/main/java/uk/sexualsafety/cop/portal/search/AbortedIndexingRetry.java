package uk.sexualsafety.cop.portal.search;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.search.IndexAdministration;

/**
 * Hands changes whose indexing was set aside back to the outbox, so that none is lost however long the search engine
 * is away: Hibernate Search gives a change three tries (30 s apart) and then keeps it as aborted (decision 043). Once
 * a minute, on one node of the cluster; without the outbox (one node on Lucene) there is nothing to do.
 */
@Component
public class AbortedIndexingRetry {

    private static final Logger log = LoggerFactory.getLogger(AbortedIndexingRetry.class);

    private final IndexAdministration index;

    AbortedIndexingRetry(IndexAdministration index) {
        this.index = index;
    }

    @Scheduled(fixedDelayString = "${portal.search.aborted-retry-interval:PT1M}")
    @SchedulerLock(name = "retry-aborted-indexing", lockAtMostFor = "PT5M")
    public void retryAbortedChanges() {
        int retried = index.retryAbortedChanges();
        if (retried > 0) {
            log.info("Handed {} changes back to the search index's outbox after their indexing failed", retried);
        }
    }
}
