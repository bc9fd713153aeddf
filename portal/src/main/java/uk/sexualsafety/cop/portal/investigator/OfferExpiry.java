package uk.sexualsafety.cop.portal.investigator;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.portal.audit.AuditTrail;

import java.time.Clock;
import java.time.Instant;

/**
 * Lets offers that got no answer in time lapse and passes their requests to the next investigator in rank (or back
 * to open for a coordinator when nobody eligible is left). Every few minutes on one node at a time; each offer in its
 * own short transaction.
 */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

    private final InvestigationOfferRepository offers;
    private final NextOffer nextOffer;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OfferExpiry(InvestigationOfferRepository offers, NextOffer nextOffer, AuditTrail audit,
                TransactionTemplate transaction, Clock clock) {
        this.offers = offers;
        this.nextOffer = nextOffer;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Every few minutes, on one node at a time. Returns nothing: ShedLock cannot lock a method that returns a
     * primitive, and would refuse to run it at all.
     */
    @Scheduled(cron = "${portal.pool.offer-expiry-cron:0 */5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "expire-investigator-offers", lockAtMostFor = "PT10M")
    public void expireOffers() {
        expireLapsedOffers();
    }

    /** Expires every pending offer past its time; returns how many. The scheduled run and tests call it. */
    int expireLapsedOffers() {
        Instant now = clock.instant();
        int expired = 0;
        for (long offerId : offers.findPendingExpiredAt(now)) {
            try {
                Boolean done = transaction.execute(status -> expire(offerId, now));
                expired += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (OptimisticLockingFailureException answeredMeanwhile) {
                // The investigator answered, or a coordinator withdrew the offer, at this very moment: theirs stands.
            }
        }
        if (expired > 0) {
            log.info("Expired {} offers to investigators that were not answered in time", expired);
        }
        return expired;
    }

    private boolean expire(long offerId, Instant now) {
        InvestigationOffer offer = offers.findById(offerId).orElse(null);
        if (offer == null || offer.getStatus() != OfferStatus.PENDING || !offer.isExpiredAt(now)) {
            return false;
        }
        offer.expire(now);
        offer.getRequest().reopen();
        offers.flush();
        audit.record("INVESTIGATION_OFFER_EXPIRED", PoolAudit.REQUEST, offer.getRequest().getId(),
                "offer " + offerId);
        nextOffer.after(offer);
        return true;
    }
}
