package uk.sexualsafety.cop.portal.member;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;

import java.time.Clock;

/**
 * Deletes declined requests to join once their retention has passed (30 days unless configured): the person was
 * told the decision, and nothing they gave is kept beyond the time an administrator may need to answer a question
 * about it. The audit trail keeps the decision (by request id) and how many were purged, never who they were.
 */
@Component
public class DeclinedRequestRetention {

    private static final Logger log = LoggerFactory.getLogger(DeclinedRequestRetention.class);

    private final MembershipRequestRepository requests;
    private final MembershipRetentionProperties retention;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeclinedRequestRetention(MembershipRequestRepository requests, MembershipRetentionProperties retention,
                             AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.requests = requests;
        this.retention = retention;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Daily, on one node at a time; one short statement. */
    @Scheduled(cron = "${portal.membership.declined-purge-cron:0 25 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "purge-declined-membership-requests", lockAtMostFor = "PT10M")
    public void purgeDeclinedRequests() {
        transaction.executeWithoutResult(status -> {
            int purged = requests.deleteDeclinedDecidedBefore(clock.instant().minus(retention.declinedRetention()));
            if (purged > 0) {
                audit.record("DECLINED_REQUESTS_PURGED", "membership_request", null, purged + " requests");
                log.info("Purged {} declined requests to join past their retention period", purged);
            }
        });
    }
}
