package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.investigator.InvestigationAssignment;
import uk.sexualsafety.cop.db.investigator.InvestigationAssignmentRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationOfferRepository;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.Investigator;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.moderation.anonymisation.FindingType;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.moderation.PortalAnonymiser;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Trusts' requests for an independent investigator. A trust requester files and follows their own organisation's
 * requests and never sees another organisation's, by any call; pool coordinators see every request.
 */
@Service
public class InvestigationRequests {

    static final String NAMES_IN_SUMMARY = "Remove the names of the people involved: names are never stored "
            + "anywhere in the request. Describe people by their role instead, like \"a paramedic\" or \"their "
            + "line manager\".";

    private final InvestigationRequestRepository requests;
    private final InvestigationOfferRepository offers;
    private final InvestigationAssignmentRepository assignments;
    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final PortalAnonymiser anonymiser;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvestigationRequests(InvestigationRequestRepository requests, InvestigationOfferRepository offers,
                          InvestigationAssignmentRepository assignments, OrganisationRepository organisations,
                          AccountRepository accounts, PortalAnonymiser anonymiser, AuditTrail audit,
                          CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.assignments = assignments;
        this.organisations = organisations;
        this.accounts = accounts;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the anonymiser finds in a summary, for the requester to see before filing. */
    @RolesAllowed(Role.Names.TRUST_REQUESTER)
    public SummaryCheck checkSummary(String summary) {
        if (summary == null || summary.isBlank()) {
            return new SummaryCheck(List.of(), List.of());
        }
        Map<Boolean, List<Finding>> byName = anonymiser.analyse(summary).stream()
                .collect(Collectors.partitioningBy(finding -> finding.type() == FindingType.PERSON_NAME));
        return new SummaryCheck(byName.get(true), byName.get(false));
    }

    /**
     * Files a request for the requester's own organisation.
     *
     * @throws AccessDeniedException for another organisation, or when the account has none
     * @throws uk.sexualsafety.cop.portal.validation.InvalidInputException with a message per field, among them a
     *                                                                     summary that names someone
     */
    @RolesAllowed(Role.Names.TRUST_REQUESTER)
    @Transactional
    public FiledRequest file(RequestForm form) {
        PortalUser me = currentUser.require();
        Organisation organisation = ownOrganisation(me, form.organisationId());
        SummaryCheck check = validate(form);
        InvestigationRequest request = requests.save(new InvestigationRequest(organisation, me.accountId(),
                form.category(), form.complexity(), form.seniorLeaderInvolved(), form.specialismsNeeded(),
                form.wantedStart(), form.estimatedDays(), form.deliveryMode(),
                form.excludeSameIcb() == null ? form.seniorLeaderInvolved() : form.excludeSameIcb(),
                form.summary().strip(), clock.instant()));
        audit.record("INVESTIGATION_REQUESTED", PoolAudit.REQUEST, request.getId(),
                "organisation " + organisation.getId());
        return new FiledRequest(request.getId(), request.getVersion(), check.warnings());
    }

    private Organisation ownOrganisation(PortalUser me, Long asked) {
        if (me.organisationId() == null) {
            throw new AccessDeniedException("Your account belongs to no organisation, so you cannot file requests: "
                    + "ask an administrator to set your organisation");
        }
        if (asked != null && !asked.equals(me.organisationId())) {
            throw new AccessDeniedException("You can file requests only for your own organisation");
        }
        return organisations.findById(me.organisationId()).filter(Organisation::isActive)
                .orElseThrow(() -> new AccessDeniedException("Your organisation is no longer in the directory, so "
                        + "you cannot file requests for it"));
    }

    private SummaryCheck validate(RequestForm form) {
        Problems problems = new Problems();
        if (form.category() == null) {
            problems.add(RequestForm.CATEGORY, "Choose what the investigation is about");
        }
        if (form.complexity() == null) {
            problems.add(RequestForm.COMPLEXITY, "Choose how complex the investigation is");
        }
        if (form.deliveryMode() == null) {
            problems.add(RequestForm.DELIVERY_MODE, "Choose on site, remote, or either");
        }
        LocalDate today = PoolDates.today(clock);
        if (form.wantedStart() == null) {
            problems.add(RequestForm.WANTED_START, "Enter when the investigation should start");
        } else if (form.wantedStart().isBefore(today)) {
            problems.add(RequestForm.WANTED_START, "The start date cannot be in the past");
        }
        if (form.estimatedDays() == null) {
            problems.add(RequestForm.ESTIMATED_DAYS, "Enter how many days of investigation you expect");
        } else if (form.estimatedDays() < 1) {
            problems.add(RequestForm.ESTIMATED_DAYS, "Enter at least 1 day");
        } else if (form.estimatedDays() > RequestForm.MAX_ESTIMATED_DAYS) {
            problems.add(RequestForm.ESTIMATED_DAYS, "Enter no more than " + RequestForm.MAX_ESTIMATED_DAYS + " days");
        }
        problems.requireText(RequestForm.SUMMARY, form.summary(), RequestForm.MAX_SUMMARY,
                "Write a short summary of what happened, without names");
        SummaryCheck check = problems.has(RequestForm.SUMMARY) ? new SummaryCheck(List.of(), List.of())
                : checkSummary(form.summary().strip());
        if (!check.names().isEmpty()) {
            problems.add(RequestForm.SUMMARY, NAMES_IN_SUMMARY);
        }
        problems.throwIfAny();
        return check;
    }

    /** The signed-in requester's organisation's requests, newest first. */
    @RolesAllowed(Role.Names.TRUST_REQUESTER)
    @Transactional(readOnly = true)
    public List<RequestSummary> ourRequests() {
        Long organisationId = currentUser.require().organisationId();
        if (organisationId == null) {
            return List.of();
        }
        return requests.findByOrganisation(organisationId).stream().map(RequestSummary::of).toList();
    }

    /** Requests waiting for an investigator to accept them, oldest first. */
    @RolesAllowed(Role.Names.POOL_COORDINATOR)
    @Transactional(readOnly = true)
    public List<RequestSummary> waitingRequests() {
        return requests.findWaiting().stream().map(RequestSummary::of).toList();
    }

    /**
     * One request in full, for a requester of its organisation or a coordinator; anyone else is told it does not
     * exist. Each reading is audited.
     */
    @RolesAllowed({Role.Names.TRUST_REQUESTER, Role.Names.POOL_COORDINATOR})
    @Transactional
    public RequestDetails request(long requestId) {
        PortalUser me = currentUser.require();
        InvestigationRequest request = visible(me, requestId);
        boolean coordinator = me.hasRole(Role.POOL_COORDINATOR);
        Optional<InvestigationAssignment> assignment = assignments.findCurrentForRequest(requestId);
        audit.record("INVESTIGATION_REQUEST_VIEWED", PoolAudit.REQUEST, requestId, null);
        return new RequestDetails(RequestSummary.of(request), request.getSpecialismsNeeded(),
                request.isExcludeSameIcb(), request.getSummary(),
                accounts.findById(request.getRequestedBy()).map(Account::getDisplayName).orElse(null),
                assignment.map(Progress::of),
                // An accepted offer is what lets the organisation reach the investigator.
                assignment.map(a -> contactOf(a.getInvestigator())),
                coordinator ? offers.findByRequest(requestId).stream()
                        .map(offer -> OfferSummary.of(offer, clock.instant())).toList() : List.of());
    }

    /** Cancels a request nobody has accepted yet; an offer waiting for an answer is withdrawn. */
    @RolesAllowed({Role.Names.TRUST_REQUESTER, Role.Names.POOL_COORDINATOR})
    @Transactional
    public void cancel(RequestRef requestSeen) {
        PortalUser me = currentUser.require();
        InvestigationRequest request = visible(me, requestSeen.id());
        OptimisticLock.requireVersion(request.getVersion(), requestSeen.version(),
                "This request changed while you were looking at it: reload it");
        if (!request.isWaiting()) {
            throw new PoolActionRefusedException("An investigator has already accepted this request, so it can no "
                    + "longer be cancelled: contact the pool coordinator");
        }
        offers.findPendingForRequest(requestSeen.id()).ifPresent(offer -> offer.withdraw(clock.instant()));
        request.cancel();
        OptimisticLock.guard("This request changed at the same time: reload it", requests::flush);
        audit.record("INVESTIGATION_REQUEST_CANCELLED", PoolAudit.REQUEST, requestSeen.id(), null);
    }

    private InvestigationRequest visible(PortalUser me, long requestId) {
        return requests.findById(requestId)
                .filter(request -> me.hasRole(Role.POOL_COORDINATOR) || (me.hasRole(Role.TRUST_REQUESTER)
                        && request.getOrganisation().getId().equals(me.organisationId())))
                .orElseThrow(InvestigationRequestNotFoundException::new);
    }

    static InvestigatorContact contactOf(Investigator investigator) {
        return new InvestigatorContact(investigator.getId(), investigator.getDisplayName(),
                investigator.getContactEmail(), investigator.getContactPhone());
    }
}
