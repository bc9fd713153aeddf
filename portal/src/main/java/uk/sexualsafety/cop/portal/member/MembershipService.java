package uk.sexualsafety.cop.portal.member;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.EmailLink;
import uk.sexualsafety.cop.db.member.EmailLinkPurpose;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.emaillink.EmailLinks;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.notification.BackgroundMail;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;
import uk.sexualsafety.cop.portal.password.NewPassword;
import uk.sexualsafety.cop.portal.password.NewPasswords;
import uk.sexualsafety.cop.portal.password.PasswordProperties;
import uk.sexualsafety.cop.portal.password.PasswordReset;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.throttle.BucketStore;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle;
import uk.sexualsafety.cop.portal.throttle.KeyedBuckets;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests to join the community and their approval (decision 030). Anyone may ask, from an NHS email address, and
 * gets the same answer whatever the address's state; the address is proven by a link emailed to it, where the
 * applicant chooses their password; only then does the request reach the administrators. Only an administrator
 * decides; the applicant is emailed the decision, and each step is audited.
 */
@Service
public class MembershipService {

    /** The administrator's optional note when declining a request, as a field with its limit. */
    public static final String DECLINE_NOTE = "note";
    public static final int MAX_DECLINE_NOTE = 500;

    /** A second request sooner than this sends no second email. */
    static final Duration ONE_EMAIL_PER = Duration.ofMinutes(1);
    static final String THROTTLED = "You have sent several requests in a short time. For your security, please wait "
            + "a while before asking again, and check your junk folder for the emails already sent.";
    private static final Set<MembershipRequestStatus> OPEN = EnumSet.of(MembershipRequestStatus.UNCONFIRMED,
            MembershipRequestStatus.PENDING);

    private final MembershipRequestRepository requests;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final MembershipProperties properties;
    private final JoiningProperties joining;
    private final EmailLinks links;
    private final PasswordReset passwordReset;
    private final PasswordProperties passwordProperties;
    private final NewPasswords newPasswords;
    private final BackgroundMail mail;
    private final NotificationProperties notification;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClientThrottle clientThrottle;
    private final KeyedBuckets addressThrottle;

    MembershipService(MembershipRequestRepository requests, AccountRepository accounts,
                      OrganisationRepository organisations, MembershipProperties properties,
                      JoiningProperties joining, EmailLinks links, PasswordReset passwordReset,
                      PasswordProperties passwordProperties, NewPasswords newPasswords, BackgroundMail mail,
                      NotificationProperties notification, AuditTrail audit, CurrentUser currentUser,
                      TransactionTemplate transaction, BucketStore buckets, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.organisations = organisations;
        this.properties = properties;
        this.joining = joining;
        this.links = links;
        this.passwordReset = passwordReset;
        this.passwordProperties = passwordProperties;
        this.newPasswords = newPasswords;
        this.mail = mail;
        this.notification = notification;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        this.clientThrottle = new ClientThrottle(buckets, "join-requests", joining.requestsPerClient(),
                joining.requestsForEveryone(), joining.throttleWindow(), clock);
        // Keyed by the email address rather than a client: protects a mailbox from being flooded.
        this.addressThrottle = new KeyedBuckets(buckets, "join-request-addresses", joining.requestsPerAddress(),
                joining.throttleWindow());
    }

    /**
     * Asks to join. Whatever the address's state it returns the same way, and the address's owner learns the rest
     * by email: a new request gets a link to confirm the address; an address with an account is told so, with a
     * link to choose a new password; an address whose request already waits is told that. Throws
     * {@link InvalidInputException} with a message per field, or {@link TooManyAttemptsException} when this client
     * asked too often.
     */
    public void requestMembership(MembershipApplication application, String clientAddress) {
        long organisationId = validate(application);
        if (!clientThrottle.tryAcquire(clientAddress)) {
            throw new TooManyAttemptsException(THROTTLED);
        }
        String email = Account.normaliseEmail(application.email());
        if (!addressThrottle.tryTake(email)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> answer(application, email, organisationId));
        } catch (DataIntegrityViolationException sameAddressAtOnce) {
            // Another request for this address was saved at this very moment: its email is on its way.
        }
    }

    private void answer(MembershipApplication application, String email, long organisationId) {
        Optional<Account> account = accounts.lockByEmail(email);
        if (account.isPresent()) {
            tellAlreadyAMember(account.get());
            return;
        }
        Optional<MembershipRequest> open = requests.lockByEmailAndStatusIn(email, OPEN);
        if (open.isPresent() && open.get().getStatus() == MembershipRequestStatus.PENDING) {
            mail.sendAfterCommit(email, JoiningEmails.ALREADY_WAITING_SUBJECT, JoiningEmails.alreadyWaiting());
            return;
        }
        if (open.isPresent()) {
            if (links.confirmationSentWithin(open.get().getId(), ONE_EMAIL_PER)) {
                return;
            }
            // The newest details count; the earlier link stops working with the request it confirmed.
            requests.delete(open.get());
            requests.flush();
        }
        MembershipRequest request = requests.saveAndFlush(new MembershipRequest(application.fullName().strip(),
                email, application.jobTitle().strip(), organisations.getReferenceById(organisationId),
                blankToNull(application.reason()), clock.instant()));
        String link = links.toConfirmJoining(request.getId(), joining.confirmationLinkValidity());
        mail.sendAfterCommit(email, JoiningEmails.CONFIRM_SUBJECT,
                JoiningEmails.confirm(link, joining.confirmationLinkValidity().toHours()));
    }

    private void tellAlreadyAMember(Account account) {
        if (!account.isActive()) {
            // A suspended account's owner cannot sign in whatever they are told; nothing is sent.
            return;
        }
        passwordReset.newLinkUnlessJustSent(account.getId()).ifPresent(resetLink -> mail.sendAfterCommit(
                account.getEmail(), JoiningEmails.ALREADY_A_MEMBER_SUBJECT, JoiningEmails.alreadyAMember(
                        notification.baseUrl() + "/login", resetLink,
                        passwordProperties.resetLinkValidity().toMinutes())));
    }

    /** How long a link to confirm an address works, in hours, as the pages say it. */
    public long confirmationLinkHours() {
        return joining.confirmationLinkValidity().toHours();
    }

    /** The unconfirmed request a link confirms, for its owner to check; empty when the link no longer works. */
    @Transactional(readOnly = true)
    public Optional<JoinConfirmation> confirmation(String token) {
        return unconfirmedRequest(token).map(request -> new JoinConfirmation(request.getFullName(),
                request.getEmail(), request.getJobTitle(), request.getOrganisation().getName()));
    }

    /**
     * Confirms the address through the link, with the password the applicant chose: the request now waits for an
     * administrator. Throws {@link InvalidInputException} for a password that may not be used, and
     * {@link LinkNoLongerWorksException} when the link expired or was used meanwhile; then nothing changes.
     */
    public void confirm(String token, NewPassword chosen) {
        MembershipRequest request = transaction.execute(status -> unconfirmedRequest(token))
                .orElseThrow(LinkNoLongerWorksException::new);
        String hash = newPasswords.hash(chosen, List.of(request.getFullName(), request.getEmail()));
        transaction.executeWithoutResult(status -> {
            EmailLink link = links.use(EmailLinkPurpose.CONFIRM_JOIN, token)
                    .orElseThrow(LinkNoLongerWorksException::new);
            MembershipRequest confirmed = requests.findById(link.getMembershipRequestId())
                    .filter(found -> found.getStatus() == MembershipRequestStatus.UNCONFIRMED)
                    .orElseThrow(LinkNoLongerWorksException::new);
            confirmed.confirm(hash, clock.instant());
            requests.flush();
            audit.record("MEMBERSHIP_REQUESTED", "membership_request", confirmed.getId(), null);
        });
    }

    private Optional<MembershipRequest> unconfirmedRequest(String token) {
        return links.find(EmailLinkPurpose.CONFIRM_JOIN, token)
                .flatMap(link -> requests.findById(link.getMembershipRequestId()))
                .filter(request -> request.getStatus() == MembershipRequestStatus.UNCONFIRMED);
    }

    /** Checks the form; returns the chosen organisation's id. Nothing here depends on the address's state. */
    private long validate(MembershipApplication application) {
        Problems problems = new Problems()
                .requireText(MembershipApplication.FULL_NAME, application.fullName(), MembershipApplication.MAX_NAME,
                        "Enter your full name")
                .requireText(MembershipApplication.JOB_TITLE, application.jobTitle(),
                        MembershipApplication.MAX_JOB_TITLE, "Enter your job title")
                .limitText(MembershipApplication.REASON, application.reason(), MembershipApplication.MAX_REASON);
        Optional<String> domain = EmailAddresses.domainOf(application.email());
        if (application.email() == null || application.email().isBlank()) {
            problems.add(MembershipApplication.EMAIL, "Enter your NHS email address");
        } else if (domain.isEmpty()) {
            problems.add(MembershipApplication.EMAIL,
                    "Enter an email address in the correct format, like name@nhs.net");
        } else if (!properties.allows(domain.get())) {
            problems.add(MembershipApplication.EMAIL, "Use your NHS email address (ending " + String.join(", ",
                    properties.allowedEmailDomains()) + "): the community is open to NHS staff");
        }
        Organisation organisation = application.organisationId() == null ? null
                : organisations.findById(application.organisationId()).filter(Organisation::isActive).orElse(null);
        if (organisation == null) {
            problems.add(MembershipApplication.ORGANISATION, "Choose the organisation you work for");
        }
        problems.throwIfAny();
        return organisation.getId();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<PendingMembershipRequest> pendingRequests() {
        return requests.findByStatusOrderByRequestedAt(MembershipRequestStatus.PENDING).stream()
                .map(r -> new PendingMembershipRequest(r.getId(), r.getFullName(), r.getEmail(), r.getJobTitle(),
                        r.getOrganisation().getName(), r.getReason(), r.getRequestedAt(), r.getVersion()))
                .toList();
    }

    /** Approves a request at the version the administrator saw: the applicant becomes a member. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional
    public long approve(MembershipRequestRef requestSeen) {
        MembershipRequest request = pendingRequest(requestSeen.id(), requestSeen.version());
        if (accounts.existsByEmail(request.getEmail())) {
            throw new ConcurrentChangeException("This email address already has an account");
        }
        Account account = accounts.save(new Account(request.getEmail(), request.getFullName(), request.getJobTitle(),
                request.getPasswordHash(), request.getOrganisation(), Set.of(Role.MEMBER), clock.instant()));
        request.approve(currentUser.require().accountId(), clock.instant());
        flush();
        audit.record("MEMBERSHIP_APPROVED", "membership_request", requestSeen.id(), "account " + account.getId());
        mail.sendAfterCommit(account.getEmail(), JoiningEmails.APPROVED_SUBJECT,
                JoiningEmails.approved(notification.baseUrl() + "/login"));
        return account.getId();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional
    public void decline(MembershipRequestRef requestSeen, String note) {
        new Problems().limitText(DECLINE_NOTE, note, MAX_DECLINE_NOTE).throwIfAny();
        MembershipRequest request = pendingRequest(requestSeen.id(), requestSeen.version());
        request.decline(currentUser.require().accountId(), clock.instant(), blankToNull(note));
        flush();
        audit.record("MEMBERSHIP_DECLINED", "membership_request", requestSeen.id(), null);
        // The administrators' note stays with them: it was written for other administrators.
        mail.sendAfterCommit(request.getEmail(), JoiningEmails.DECLINED_SUBJECT,
                JoiningEmails.declined(notification.baseUrl() + "/join"));
    }

    private MembershipRequest pendingRequest(long requestId, long expectedVersion) {
        MembershipRequest request = requests.findById(requestId)
                .filter(found -> found.getStatus() != MembershipRequestStatus.UNCONFIRMED)
                .orElseThrow(() -> new ConcurrentChangeException("This request no longer exists"));
        if (request.getStatus() != MembershipRequestStatus.PENDING) {
            throw new ConcurrentChangeException("Another administrator has already "
                    + (request.getStatus() == MembershipRequestStatus.APPROVED ? "approved" : "declined")
                    + " this request");
        }
        OptimisticLock.requireVersion(request.getVersion(), expectedVersion,
                "This request changed while you were looking at it: reload it");
        return request;
    }

    private void flush() {
        OptimisticLock.guard("Another administrator decided this request at the same time", requests::flush);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
