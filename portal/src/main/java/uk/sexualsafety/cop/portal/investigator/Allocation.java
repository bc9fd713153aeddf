package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

/**
 * Pool coordinators offer a request to one investigator at a time. The server checks the investigator again at the
 * moment of the offer, whatever list the coordinator chose from; the request's version decides between two
 * coordinators offering at once, and the database holds at most one pending offer per request.
 */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class Allocation {

    private final InvestigationRequestRepository requests;
    private final InvestigationOfferRepository offers;
    private final InvestigatorRepository investigators;
    private final CandidateLoader candidates;
    private final PoolProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    Allocation(InvestigationRequestRepository requests, InvestigationOfferRepository offers,
               InvestigatorRepository investigators, CandidateLoader candidates, PoolProperties properties,
               AuditTrail audit, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.investigators = investigators;
        this.candidates = candidates;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Offers the request, at the version the coordinator saw, to the investigator, until
     * {@code portal.pool.offer-expiry} has passed.
     *
     * @throws PoolActionRefusedException if the request is not open or the investigator may not be offered it, with
     *                                    the reasons
     * @throws ConcurrentChangeException  if the request changed meanwhile, e.g. another coordinator offered it
     */
    @Transactional
    public OfferSummary offer(RequestRef requestSeen, long investigatorId) {
        PortalUser me = currentUser.require();
        InvestigationRequest request = requests.findById(requestSeen.id())
                .orElseThrow(() -> new PoolActionRefusedException("This request no longer exists"));
        requireVersion(request, requestSeen.version());
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new PoolActionRefusedException("Only an open request can be offered; this one is "
                    + request.getStatus().label().toLowerCase());
        }
        Investigator investigator = investigators.findById(investigatorId)
                .orElseThrow(() -> new PoolActionRefusedException("There is no such investigator in the pool"));
        if (investigator.getAccountId() == me.accountId()) {
            throw new PoolActionRefusedException("You cannot offer a request to yourself: another coordinator must "
                    + "allocate it");
        }
        // The rules of the ranked list, checked again now whatever list the coordinator chose from.
        List<String> reasons = candidates.candidate(investigatorId)
                .map(candidate -> InvestigatorMatcher.reasonsAgainst(CandidateLoader.profile(request), candidate,
                        candidates.rules()))
                .orElse(List.of("their profile is incomplete"));
        if (!reasons.isEmpty()) {
            throw new PoolActionRefusedException(investigator.getDisplayName() + " cannot be offered this request: "
                    + String.join("; ", reasons) + ".");
        }
        Instant now = clock.instant();
        InvestigationOffer offer = new InvestigationOffer(request, investigator, me.accountId(), now,
                now.plus(properties.offerExpiry()));
        request.offered();
        // Another coordinator's offer got there first: its version change, or the one pending offer allowed.
        OptimisticLock.guardUniqueKeys("Another coordinator offered this request at the same time: reload it to see "
                + "to whom", () -> offers.saveAndFlush(offer));
        audit.record("INVESTIGATION_OFFERED", PoolAudit.REQUEST, requestSeen.id(),
                "offer " + offer.getId() + " to investigator " + investigatorId);
        events.publishEvent(new InvestigatorOffered(offer.getId(), investigator.getAccountId(), offer.getExpiresAt()));
        return OfferSummary.of(offer, now);
    }

    /** Takes back an offer still waiting for an answer; the request is open again. */
    @Transactional
    public void withdrawOffer(OfferRef offerSeen) {
        InvestigationOffer offer = offers.findById(offerSeen.offerId())
                .orElseThrow(() -> new PoolActionRefusedException("There is no such offer"));
        requireVersion(offer.getRequest(), offerSeen.requestVersion());
        if (offer.getStatus() != OfferStatus.PENDING) {
            throw new PoolActionRefusedException("This offer is no longer waiting for an answer: it is "
                    + offer.getStatus().label().toLowerCase());
        }
        offer.withdraw(clock.instant());
        offer.getRequest().reopen();
        OptimisticLock.guard("The investigator answered this offer at the same time: reload it", offers::flush);
        audit.record("INVESTIGATION_OFFER_WITHDRAWN", PoolAudit.REQUEST, offer.getRequest().getId(),
                "offer " + offerSeen.offerId());
    }

    private static void requireVersion(InvestigationRequest request, long expectedVersion) {
        OptimisticLock.requireVersion(request.getVersion(), expectedVersion, "This request changed while you were "
                + "looking at it (another coordinator may have offered it, or the investigator answered): reload it");
    }
}
