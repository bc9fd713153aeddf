package uk.sexualsafety.cop.portal.emaillink;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.member.EmailLinkRepository;

import java.time.Clock;

/** Deletes links that expired unused: they can do nothing any more, so nothing of them is kept. */
@Component
public class EmailLinkRetention {

    private static final Logger log = LoggerFactory.getLogger(EmailLinkRetention.class);

    private final EmailLinkRepository links;
    private final Clock clock;

    EmailLinkRetention(EmailLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** Hourly, on one node at a time; one short statement. */
    @Scheduled(cron = "${portal.email-links.purge-cron:0 10 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "purge-expired-email-links", lockAtMostFor = "PT10M")
    public void purgeExpiredLinks() {
        int purged = links.deleteExpired(clock.instant());
        if (purged > 0) {
            log.info("Purged {} expired email links", purged);
        }
    }
}
