package uk.sexualsafety.cop.portal.throttle;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes throttle rows whose buckets are full again: they would count nothing, so nothing of them is kept. */
@Component
public class ExpiredBucketsCleanup {

    private static final int BATCH = 1_000;

    private final DatabaseBucketStore buckets;

    ExpiredBucketsCleanup(DatabaseBucketStore buckets) {
        this.buckets = buckets;
    }

    /** Every ten minutes, on one node at a time, in batches of short transactions. */
    @Scheduled(cron = "${portal.throttles.purge-cron:0 */10 * * * *}")
    @SchedulerLock(name = "purge-expired-throttle-buckets", lockAtMostFor = "PT10M")
    public void purgeExpiredBuckets() {
        while (buckets.removeExpired(BATCH) == BATCH) {
            // A full batch may leave more behind.
        }
    }
}
