package uk.sexualsafety.cop.portal.investigator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.investigator.matching.RankedInvestigator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When an offer is declined or lapses, offers the request to the best-ranked investigator not yet asked, on behalf of
 * the coordinator who made the first offer, so that a request does not wait for a coordinator to come back. It runs in
 * the transaction that ended the offer: nobody sees the request open in between, and if the next offer cannot be
 * made, the decline or lapse is not lost either way because the request simply stays open for a coordinator.
 */
@Component
class NextOffer {

    private final CandidateLoader candidates;
    private final InvestigationOfferRepository offers;
    private final InvestigatorRepository investigators;
    private final PoolProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NextOffer(CandidateLoader candidates, InvestigationOfferRepository offers,
              InvestigatorRepository investigators, PoolProperties properties, AuditTrail audit,
              ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.offers = offers;
        this.investigators = investigators;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Offers the request of an offer that has just ended to the next investigator in rank, if automatic offers are on
     * and anyone eligible has not been asked yet; the request stays open otherwise.
     *
     * @return the new offer, if one was made
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<InvestigationOffer> after(InvestigationOffer ended) {
        InvestigationRequest request = ended.getRequest();
        if (request.getStatus() != RequestStatus.OPEN) {
            return Optional.empty();
        }
        Set<Long> notToAsk = offers.findByRequest(request.getId()).stream()
                .map(offer -> offer.getInvestigator().getId()).collect(Collectors.toCollection(HashSet::new));
        // A coordinator who is also in the pool is never offered work on their own behalf.
        investigators.findByAccountId(ended.getOfferedBy()).ifPresent(self -> notToAsk.add(self.getId()));
        // The ranking reads the pool as this transaction sees it, so the answer just given already counts.
        List<RankedInvestigator> ranked = InvestigatorMatcher.rank(CandidateLoader.profile(request),
                candidates.activeCandidates(), candidates.rules()).eligible();
        return bestNotAsked(ranked, notToAsk).map(next -> offer(request, next.investigatorId(), ended));
    }

    private InvestigationOffer offer(InvestigationRequest request, long investigatorId, InvestigationOffer ended) {
        Investigator investigator = investigators.findById(investigatorId).orElseThrow();
        Instant now = clock.instant();
        InvestigationOffer offer = offers.save(new InvestigationOffer(request, investigator, ended.getOfferedBy(), now,
                now.plus(properties.offerExpiry())));
        request.offered();
        offers.flush();
        audit.record("INVESTIGATION_OFFERED", PoolAudit.REQUEST, request.getId(), "offer " + offer.getId()
                + " to investigator " + investigatorId + ", next in rank after offer " + ended.getId());
        events.publishEvent(new InvestigatorOffered(offer.getId(), investigator.getAccountId(), offer.getExpiresAt()));
        return offer;
    }

    /** The best-ranked investigator among those not to be left out. */
    static Optional<RankedInvestigator> bestNotAsked(List<RankedInvestigator> ranked, Set<Long> notToAsk) {
        return ranked.stream().filter(investigator -> !notToAsk.contains(investigator.investigatorId())).findFirst();
    }
}
