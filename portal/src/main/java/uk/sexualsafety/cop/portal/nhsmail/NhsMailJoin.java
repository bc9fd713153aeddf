package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A request to join from an address NHSmail has just proved: it needs no link by email and no password, and goes
 * straight to administrators as a confirmed request. Only the address proven in this browser can be used.
 */
@Service
public class NhsMailJoin {

    private final ProvenAddresses provenAddresses;
    private final MembershipRequestRepository requests;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    NhsMailJoin(ProvenAddresses provenAddresses, MembershipRequestRepository requests, AccountRepository accounts,
                OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.provenAddresses = provenAddresses;
        this.requests = requests;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The address NHSmail proved in this browser in the last few minutes, if any. */
    public Optional<ProvenAddress> provenAddress() {
        return provenAddresses.current();
    }

    /**
     * Sends the request for the proven address; throws {@link InvalidInputException} with a message per field,
     * and {@link IllegalStateException} when no address was proven here (or it is too old).
     */
    @Transactional
    public long requestMembership(NhsMailApplication application) {
        ProvenAddress proven = provenAddresses.current()
                .orElseThrow(() -> new IllegalStateException("No address proven through NHSmail in this browser"));
        Problems problems = new Problems()
                .requireText(NhsMailApplication.FULL_NAME, application.fullName(), NhsMailApplication.MAX_NAME,
                        "Enter your full name")
                .requireText(NhsMailApplication.JOB_TITLE, application.jobTitle(), NhsMailApplication.MAX_JOB_TITLE,
                        "Enter your job title")
                .limitText(NhsMailApplication.REASON, application.reason(), NhsMailApplication.MAX_REASON);
        Organisation organisation = application.organisationId() == null ? null
                : organisations.findById(application.organisationId()).filter(Organisation::isActive).orElse(null);
        if (organisation == null) {
            problems.add(NhsMailApplication.ORGANISATION, "Choose the organisation you work for");
        }
        problems.throwIfAny();
        if (accounts.existsByEmail(proven.email())) {
            throw new IllegalStateException("This address has an account: sign in with NHSmail");
        }
        Optional<MembershipRequest> open = requests.lockByEmailAndStatusIn(proven.email(),
                List.of(MembershipRequestStatus.UNCONFIRMED, MembershipRequestStatus.PENDING));
        if (open.isPresent() && open.get().getStatus() == MembershipRequestStatus.PENDING) {
            throw InvalidInputException.of(NhsMailApplication.FULL_NAME,
                    "A request to join from your address is already waiting for an administrator");
        }
        // NHSmail has just proven the address: these details replace a request whose emailed link was never used.
        open.ifPresent(unconfirmed -> {
            requests.delete(unconfirmed);
            requests.flush();
        });
        try {
            MembershipRequest request = new MembershipRequest(application.fullName().strip(), proven.email(),
                    application.jobTitle().strip(), organisation, blankToNull(application.reason()),
                    clock.instant());
            request.confirmThroughNhsMail(clock.instant());
            requests.saveAndFlush(request);
            audit.record("MEMBERSHIP_REQUESTED", "membership_request", request.getId(), "address proven by NHSmail");
            provenAddresses.forget();
            return request.getId();
        } catch (DataIntegrityViolationException duplicate) {
            // A request from this address arrived first (the database allows one waiting request per address).
            throw InvalidInputException.of(NhsMailApplication.FULL_NAME,
                    "A request to join from your address is already waiting for an administrator");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
