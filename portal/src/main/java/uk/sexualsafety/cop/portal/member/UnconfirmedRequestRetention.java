package uk.sexualsafety.cop.portal.member;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;

import java.time.Clock;

/**
 * Deletes requests to join whose address was never proven, once their link has expired: nobody showed they hold
 * the address, so the name and details given are not kept (their links go with them). Administrators never saw
 * them, and the audit trail has nothing of them.
 */
@Component
public class UnconfirmedRequestRetention {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedRequestRetention.class);

    private final MembershipRequestRepository requests;
    private final JoiningProperties joining;
    private final Clock clock;

    UnconfirmedRequestRetention(MembershipRequestRepository requests, JoiningProperties joining, Clock clock) {
        this.requests = requests;
        this.joining = joining;
        this.clock = clock;
    }

    /** Hourly, on one node at a time; one short statement. */
    @Scheduled(cron = "${portal.membership.unconfirmed-purge-cron:0 15 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "purge-unconfirmed-membership-requests", lockAtMostFor = "PT10M")
    public void purgeUnconfirmedRequests() {
        int purged = requests.deleteUnconfirmedRequestedBefore(
                clock.instant().minus(joining.confirmationLinkValidity()));
        if (purged > 0) {
            log.info("Purged {} requests to join whose address was never confirmed", purged);
        }
    }
}
