package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationAssignment;
import uk.sexualsafety.cop.db.investigator.InvestigationAssignmentRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.Milestone;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An investigator's side of allocation: their offers, which they accept or decline with a reason, and their cases,
 * where they sign a conflict declaration before seeing the details and then record the milestones in order. Every
 * call acts only on the signed-in investigator's own offers and cases.
 */
@Service
@RolesAllowed(Role.Names.INVESTIGATOR)
public class Assignments {

    /** A reason given for declining an offer or withdrawing from a case. */
    public static final String REASON = "reason";
    public static final int MAX_REASON = 500;
    /** The investigator's conflict declaration, in their own words. */
    public static final String STATEMENT = "statement";
    public static final int MAX_STATEMENT = 4000;

    private final InvestigationOfferRepository offers;
    private final InvestigationAssignmentRepository assignments;
    private final AccountRepository accounts;
    private final NextOffer nextOffer;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Assignments(InvestigationOfferRepository offers, InvestigationAssignmentRepository assignments,
                AccountRepository accounts, NextOffer nextOffer, AuditTrail audit, CurrentUser currentUser,
                Clock clock) {
        this.offers = offers;
        this.assignments = assignments;
        this.accounts = accounts;
        this.nextOffer = nextOffer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The offers made to the signed-in investigator, newest first, answered ones included. */
    @Transactional(readOnly = true)
    public List<OfferToInvestigator> myOffers() {
        Instant now = clock.instant();
        return offers.findByInvestigatorAccount(currentUser.require().accountId()).stream()
                .map(offer -> OfferToInvestigator.of(offer, now)).toList();
    }

    /**
     * Accepts an offer waiting for this investigator's answer: the request is allocated to them.
     *
     * @throws PoolActionRefusedException if the offer is not theirs, already answered, withdrawn or expired
     */
    @Transactional
    public AssignmentSummary accept(long offerId) {
        InvestigationOffer offer = pendingOfferOfMine(offerId);
        PoolStatus status = offer.getInvestigator().getStatus();
        if (status != PoolStatus.ACTIVE) {
            throw new PoolActionRefusedException("Only investigators active in the pool can accept offers; you are "
                    + status.label().toLowerCase());
        }
        Instant now = clock.instant();
        offer.accept(now);
        offer.getRequest().allocate(now);
        InvestigationAssignment assignment = OptimisticLock.guardUniqueKeys("This offer changed at the same moment "
                + "(it may have expired or been withdrawn): reload your offers", () -> {
                    offers.flush();
                    return assignments.saveAndFlush(new InvestigationAssignment(offer));
                });
        audit.record("INVESTIGATION_OFFER_ACCEPTED", PoolAudit.REQUEST, offer.getRequest().getId(),
                "offer " + offerId + ", assignment " + assignment.getId());
        return AssignmentSummary.of(assignment);
    }

    /**
     * Declines an offer with a reason for the coordinator; the request passes to the next investigator in rank, or is
     * open again for a coordinator when nobody eligible is left.
     */
    @Transactional
    public void decline(long offerId, String reason) {
        new Problems().requireText(REASON, reason, MAX_REASON,
                "Tell the coordinator why you decline, such as no capacity or a conflict of interest").throwIfAny();
        InvestigationOffer offer = pendingOfferOfMine(offerId);
        offer.decline(reason.strip(), clock.instant());
        offer.getRequest().reopen();
        flush("This offer changed at the same moment (it may have expired or been withdrawn): reload your offers");
        audit.record("INVESTIGATION_OFFER_DECLINED", PoolAudit.REQUEST, offer.getRequest().getId(),
                "offer " + offerId);
        nextOffer.after(offer);
    }

    /** The signed-in investigator's cases, newest first, ended ones included. */
    @Transactional(readOnly = true)
    public List<AssignmentSummary> myAssignments() {
        return assignments.findByInvestigatorAccount(currentUser.require().accountId()).stream()
                .map(AssignmentSummary::of).toList();
    }

    /**
     * Signs the conflict declaration for this case, in the investigator's own words: that they have no conflict of
     * interest with the organisation or the people involved. Only then are the case's details open to them.
     */
    @Transactional
    public AssignmentSummary signDeclaration(long assignmentId, String statement) {
        new Problems().requireText(STATEMENT, statement, MAX_STATEMENT,
                "Write your declaration that you have no conflict of interest in this case").throwIfAny();
        InvestigationAssignment assignment = activeAssignmentOfMine(assignmentId);
        if (assignment.isDeclarationSigned()) {
            throw new PoolActionRefusedException("You have already signed the declaration for this case");
        }
        assignment.signDeclaration(statement.strip(), clock.instant());
        flush("This case changed at the same moment: reload it");
        audit.record("CONFLICT_DECLARATION_SIGNED", PoolAudit.ASSIGNMENT, assignmentId, null);
        return AssignmentSummary.of(assignment);
    }

    /** The case in full, once the declaration is signed; each reading is audited. */
    @Transactional
    public CaseDetails caseDetails(long assignmentId) {
        InvestigationAssignment assignment = assignmentOfMine(assignmentId);
        if (!assignment.isDeclarationSigned()) {
            throw new PoolActionRefusedException("Sign the conflict declaration for this case before you see its "
                    + "details");
        }
        InvestigationRequest request = assignment.getRequest();
        Optional<Account> requester = accounts.findById(request.getRequestedBy());
        audit.record("INVESTIGATION_REQUEST_VIEWED", PoolAudit.REQUEST, request.getId(),
                "assignment " + assignmentId);
        return new CaseDetails(assignmentId, RequestSummary.of(request), request.getSpecialismsNeeded(),
                request.getSummary(), requester.map(Account::getDisplayName).orElse(null),
                requester.map(Account::getEmail).orElse(null), Progress.of(assignment));
    }

    /**
     * Records the next milestone: terms of reference agreed (the investigation is then in progress), interviews
     * done, report delivered, closed (the request is then closed).
     */
    @Transactional
    public AssignmentSummary recordMilestone(long assignmentId, Milestone milestone) {
        InvestigationAssignment assignment = activeAssignmentOfMine(assignmentId);
        if (!assignment.isDeclarationSigned()) {
            throw new PoolActionRefusedException("Sign the conflict declaration for this case first");
        }
        if (assignment.reachedAt(milestone).isPresent()) {
            throw new PoolActionRefusedException("\"" + milestone.label() + "\" is already recorded for this case");
        }
        Milestone next = assignment.nextMilestone().orElseThrow();
        if (next != milestone) {
            throw new PoolActionRefusedException("Record \"" + next.label() + "\" first");
        }
        assignment.record(milestone, clock.instant());
        if (milestone == Milestone.TERMS_OF_REFERENCE_AGREED) {
            assignment.getRequest().start();
        } else if (milestone == Milestone.CLOSED) {
            assignment.getRequest().close();
        }
        flush("This case changed at the same moment: reload it");
        audit.record("INVESTIGATION_MILESTONE_RECORDED", PoolAudit.ASSIGNMENT, assignmentId, milestone.name());
        return AssignmentSummary.of(assignment);
    }

    /** Withdraws from a case with a reason; the request is open again for the coordinator to reassign. */
    @Transactional
    public void withdraw(long assignmentId, String reason) {
        new Problems().requireText(REASON, reason, MAX_REASON,
                "Tell the coordinator why you withdraw, so they can reassign the case").throwIfAny();
        InvestigationAssignment assignment = activeAssignmentOfMine(assignmentId);
        assignment.withdraw(reason.strip(), clock.instant());
        assignment.getRequest().reopen();
        flush("This case changed at the same moment: reload it");
        audit.record("INVESTIGATION_ASSIGNMENT_WITHDRAWN", PoolAudit.ASSIGNMENT, assignmentId,
                "request " + assignment.getRequest().getId());
    }

    private InvestigationOffer pendingOfferOfMine(long offerId) {
        InvestigationOffer offer = offers.findById(offerId)
                .filter(o -> o.getInvestigator().getAccountId() == currentUser.require().accountId())
                // The same answer for someone else's offer as for none, so ids tell nothing.
                .orElseThrow(() -> new PoolActionRefusedException("There is no such offer for you"));
        switch (offer.getStatus()) {
            case ACCEPTED -> throw new PoolActionRefusedException("You have already accepted this offer");
            case DECLINED -> throw new PoolActionRefusedException("You have already declined this offer");
            case EXPIRED -> throw expired();
            case WITHDRAWN -> throw new PoolActionRefusedException("The coordinator withdrew this offer");
            case PENDING -> {
                // The expiry job may not have run yet: the time decides, not the job.
                if (offer.isExpiredAt(clock.instant())) {
                    throw expired();
                }
            }
        }
        return offer;
    }

    private static PoolActionRefusedException expired() {
        return new PoolActionRefusedException("This offer has expired, so it can no longer be answered: the "
                + "coordinator may offer the request to someone else");
    }

    /** One of the investigator's cases that they have not withdrawn from; closed ones included. */
    private InvestigationAssignment assignmentOfMine(long assignmentId) {
        InvestigationAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getInvestigator().getAccountId() == currentUser.require().accountId())
                .orElseThrow(() -> new PoolActionRefusedException("There is no such case for you"));
        if (assignment.getWithdrawnAt() != null) {
            throw new PoolActionRefusedException("You withdrew from this case");
        }
        return assignment;
    }

    private InvestigationAssignment activeAssignmentOfMine(long assignmentId) {
        InvestigationAssignment assignment = assignmentOfMine(assignmentId);
        if (assignment.getClosedAt() != null) {
            throw new PoolActionRefusedException("This case is closed");
        }
        return assignment;
    }

    private void flush(String messageIfChanged) {
        OptimisticLock.guard(messageIfChanged, offers::flush);
    }
}
