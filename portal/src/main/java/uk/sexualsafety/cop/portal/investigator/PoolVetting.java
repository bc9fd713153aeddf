package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChange;
import uk.sexualsafety.cop.db.investigator.InvestigatorStatusChangeRepository;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pool coordinators vet investigators into the pool and move them out of it: pending to active, active to
 * suspended or retired, suspended back to active. Each move has a reason, kept in the investigator's status history;
 * the audit trail records that it happened.
 */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class PoolVetting {

    /** The coordinator's reason for a change of an investigator's place in the pool, for their record. */
    public static final String REASON = "reason";
    public static final int MAX_REASON = 500;

    private static final Map<PoolStatus, Set<PoolStatus>> NEXT = Map.of(
            // Retiring a pending investigator is how a coordinator turns down someone who did not pass vetting.
            PoolStatus.PENDING, EnumSet.of(PoolStatus.ACTIVE, PoolStatus.RETIRED),
            PoolStatus.ACTIVE, EnumSet.of(PoolStatus.SUSPENDED, PoolStatus.RETIRED),
            PoolStatus.SUSPENDED, EnumSet.of(PoolStatus.ACTIVE, PoolStatus.RETIRED),
            PoolStatus.RETIRED, EnumSet.noneOf(PoolStatus.class));

    private final InvestigatorRepository investigators;
    private final InvestigatorStatusChangeRepository history;
    private final InvestigationOfferRepository offers;
    private final ProfileViews views;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PoolVetting(InvestigatorRepository investigators, InvestigatorStatusChangeRepository history,
                InvestigationOfferRepository offers, ProfileViews views, AuditTrail audit, CurrentUser currentUser,
                Clock clock) {
        this.investigators = investigators;
        this.history = history;
        this.offers = offers;
        this.views = views;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The statuses a coordinator may move an investigator to from {@code current}. */
    public static Set<PoolStatus> nextStatuses(PoolStatus current) {
        return Set.copyOf(NEXT.get(current));
    }

    /** The investigators with this status, by name: {@code PENDING} is the vetting queue. */
    @Transactional(readOnly = true)
    public List<InvestigatorSummary> investigators(PoolStatus status) {
        return investigators.findByStatusOrderByDisplayNameAscIdAsc(status).stream()
                .map(ProfileViews::summaryOf).toList();
    }

    /**
     * Moves the investigator, as the coordinator saw them, to {@code newStatus}. Leaving
     * the active pool withdraws their offers still waiting for an answer, so those requests can be offered again.
     */
    @Transactional
    public InvestigatorProfile changeStatus(InvestigatorRef investigatorSeen, PoolStatus newStatus, String reason) {
        new Problems().requireText(REASON, reason, MAX_REASON, "Give the reason, for the investigator's record")
                .throwIfAny();
        PortalUser me = currentUser.require();
        Investigator investigator = investigators.findById(investigatorSeen.id())
                .orElseThrow(() -> new PoolActionRefusedException("There is no such investigator in the pool"));
        if (investigator.getAccountId() == me.accountId()) {
            throw new PoolActionRefusedException("Another coordinator must decide on your own place in the pool");
        }
        OptimisticLock.requireVersion(investigator.getVersion(), investigatorSeen.version(),
                "This investigator's profile changed while you were looking at it: reload it");
        PoolStatus from = investigator.getStatus();
        if (!NEXT.get(from).contains(newStatus)) {
            throw new PoolActionRefusedException("An investigator who is " + from.label().toLowerCase()
                    + " cannot be moved to " + newStatus.label().toLowerCase());
        }
        Instant now = clock.instant();
        investigator.changeStatus(newStatus, now);
        if (newStatus != PoolStatus.ACTIVE) {
            for (InvestigationOffer offer : offers.findPendingForInvestigator(investigatorSeen.id())) {
                offer.withdraw(now);
                offer.getRequest().reopen();
                audit.record("INVESTIGATION_OFFER_WITHDRAWN", PoolAudit.REQUEST, offer.getRequest().getId(),
                        "offer " + offer.getId() + ", investigator left the active pool");
            }
        }
        OptimisticLock.guard("Another coordinator changed this investigator at the same time: reload to see their "
                + "decision", () -> investigators.saveAndFlush(investigator));
        history.save(new InvestigatorStatusChange(investigatorSeen.id(), from, newStatus, reason.strip(),
                me.accountId(),
                now));
        audit.record("INVESTIGATOR_STATUS_CHANGED", PoolAudit.INVESTIGATOR, investigatorSeen.id(),
                from + " -> " + newStatus);
        return views.of(investigator);
    }
}
