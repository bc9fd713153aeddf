package uk.sexualsafety.cop.portal.member;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests to join the community and their approval. Anyone may ask, from an NHS email address; only an
 * administrator decides, and each decision is audited.
 */
@Service
public class MembershipService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;

    private final MembershipRequestRepository requests;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final MembershipProperties properties;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    MembershipService(MembershipRequestRepository requests, AccountRepository accounts,
                      OrganisationRepository organisations, PasswordEncoder passwordEncoder,
                      MembershipProperties properties, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a request to join; throws {@link InvalidInputException} with a message per field otherwise. */
    @Transactional
    public long requestMembership(MembershipApplication application) {
        Organisation organisation = validate(application);
        String email = Account.normaliseEmail(application.email());
        try {
            MembershipRequest request = requests.saveAndFlush(new MembershipRequest(
                    application.fullName().strip(), email, application.jobTitle().strip(), organisation,
                    blankToNull(application.reason()), passwordEncoder.encode(application.password()),
                    clock.instant()));
            audit.record("MEMBERSHIP_REQUESTED", "membership_request", request.getId(), null);
            return request.getId();
        } catch (DataIntegrityViolationException duplicate) {
            // Two submissions at once: the database's unique key on waiting requests let only one through.
            throw InvalidInputException.of("email", DUPLICATE_REQUEST);
        }
    }

    private static final String DUPLICATE_REQUEST =
            "A request to join from this email address is already waiting for approval";

    private Organisation validate(MembershipApplication application) {
        Problems problems = new Problems()
                .requireText("fullName", application.fullName(), 120, "Enter your full name")
                .requireText("jobTitle", application.jobTitle(), 120, "Enter your job title")
                .limitText("reason", application.reason(), 2000);
        Optional<String> domain = EmailAddresses.domainOf(application.email());
        if (application.email() == null || application.email().isBlank()) {
            problems.add("email", "Enter your NHS email address");
        } else if (domain.isEmpty()) {
            problems.add("email", "Enter an email address in the correct format, like name@nhs.net");
        } else if (!properties.allows(domain.get())) {
            problems.add("email", "Use your NHS email address (ending " + String.join(", ",
                    properties.allowedEmailDomains()) + "): the community is open to NHS staff");
        } else {
            String email = Account.normaliseEmail(application.email());
            if (accounts.existsByEmail(email)) {
                problems.add("email", "This email address already has an account: sign in instead");
            } else if (requests.existsByEmailAndStatus(email, MembershipRequestStatus.PENDING)) {
                problems.add("email", DUPLICATE_REQUEST);
            }
        }
        Organisation organisation = application.organisationId() == null ? null
                : organisations.findById(application.organisationId()).filter(Organisation::isActive).orElse(null);
        if (organisation == null) {
            problems.add("organisationId", "Choose the organisation you work for");
        }
        String password = application.password();
        if (password == null || password.isEmpty()) {
            problems.add("password", "Choose a password");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("password", "Use at least " + MIN_PASSWORD_LENGTH
                    + " characters: three random words make a strong password that is easy to remember");
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            problems.add("password", "Use no more than " + MAX_PASSWORD_LENGTH + " characters");
        } else if (!password.equals(application.passwordAgain())) {
            problems.add("passwordAgain", "The passwords do not match");
        }
        problems.throwIfAny();
        return organisation;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<PendingMembershipRequest> pendingRequests() {
        return requests.findByStatusOrderByRequestedAt(MembershipRequestStatus.PENDING).stream()
                .map(r -> new PendingMembershipRequest(r.getId(), r.getFullName(), r.getEmail(), r.getJobTitle(),
                        r.getOrganisation().getName(), r.getReason(), r.getRequestedAt(), r.getVersion()))
                .toList();
    }

    /** Approves a request the administrator saw at {@code expectedVersion}: the applicant becomes a member. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional
    public long approve(long requestId, long expectedVersion) {
        MembershipRequest request = pendingRequest(requestId, expectedVersion);
        if (accounts.existsByEmail(request.getEmail())) {
            throw new ConcurrentChangeException("This email address already has an account");
        }
        Account account = accounts.save(new Account(request.getEmail(), request.getFullName(), request.getJobTitle(),
                request.getPasswordHash(), request.getOrganisation(), Set.of(Role.MEMBER), clock.instant()));
        request.approve(currentUser.require().accountId(), clock.instant());
        flush();
        audit.record("MEMBERSHIP_APPROVED", "membership_request", requestId, "account " + account.getId());
        return account.getId();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional
    public void decline(long requestId, long expectedVersion, String note) {
        new Problems().limitText("note", note, 500).throwIfAny();
        MembershipRequest request = pendingRequest(requestId, expectedVersion);
        request.decline(currentUser.require().accountId(), clock.instant(), blankToNull(note));
        flush();
        audit.record("MEMBERSHIP_DECLINED", "membership_request", requestId, null);
    }

    private MembershipRequest pendingRequest(long requestId, long expectedVersion) {
        MembershipRequest request = requests.findById(requestId)
                .orElseThrow(() -> new ConcurrentChangeException("This request no longer exists"));
        if (request.getStatus() != MembershipRequestStatus.PENDING) {
            throw new ConcurrentChangeException("Another administrator has already "
                    + (request.getStatus() == MembershipRequestStatus.APPROVED ? "approved" : "declined")
                    + " this request");
        }
        if (request.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("This request changed while you were looking at it: reload it");
        }
        return request;
    }

    private void flush() {
        try {
            requests.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("Another administrator decided this request at the same time");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
