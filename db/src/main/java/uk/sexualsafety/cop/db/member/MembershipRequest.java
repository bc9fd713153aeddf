package uk.sexualsafety.cop.db.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to join the community. It starts unconfirmed; the applicant proves the address by the link emailed to
 * it and chooses their password there (only its hash is kept), or proves it by signing in with NHSmail and chooses
 * none. Then it waits for an administrator. An approval moves the hash, if any, to the new account, so that they
 * can sign in at once; a decided request keeps no hash.
 */
@Entity
@Table(name = "membership_request")
public class MembershipRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String fullName;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(updatable = false)
    private String reason;

    /** Absent until the applicant chooses one, and for good when NHSmail proved the address. */
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRequestStatus status = MembershipRequestStatus.UNCONFIRMED;

    @Column(nullable = false, updatable = false)
    private Instant requestedAt;

    private Instant confirmedAt;

    private Instant decidedAt;

    private Long decidedBy;

    private String decisionNote;

    @Version
    private long version;

    protected MembershipRequest() {
    }

    /** An unconfirmed request: nobody has shown yet that they hold the address. */
    public MembershipRequest(String fullName, String email, String jobTitle, Organisation organisation,
                             String reason, Instant requestedAt) {
        this.fullName = Objects.requireNonNull(fullName);
        this.email = Account.normaliseEmail(email);
        this.jobTitle = Objects.requireNonNull(jobTitle);
        this.organisation = Objects.requireNonNull(organisation);
        this.reason = reason;
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    /** The address is proven and the applicant chose their password: the request now waits for an administrator. */
    public void confirm(String passwordHash, Instant when) {
        if (status != MembershipRequestStatus.UNCONFIRMED) {
            throw new IllegalStateException("This request was already " + status.name().toLowerCase());
        }
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.confirmedAt = Objects.requireNonNull(when);
        this.status = MembershipRequestStatus.PENDING;
    }

    /** NHSmail proved the address and the person will sign in with it: the request waits for an administrator. */
    public void confirmThroughNhsMail(Instant when) {
        if (status != MembershipRequestStatus.UNCONFIRMED) {
            throw new IllegalStateException("This request was already " + status.name().toLowerCase());
        }
        this.confirmedAt = Objects.requireNonNull(when);
        this.status = MembershipRequestStatus.PENDING;
    }

    public void approve(Long administratorId, Instant when) {
        decide(MembershipRequestStatus.APPROVED, administratorId, when, null);
    }

    public void decline(Long administratorId, Instant when, String note) {
        decide(MembershipRequestStatus.DECLINED, administratorId, when, note);
    }

    private void decide(MembershipRequestStatus outcome, Long administratorId, Instant when, String note) {
        if (status != MembershipRequestStatus.PENDING) {
            throw new IllegalStateException("This request was already " + status.name().toLowerCase());
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(administratorId);
        this.decidedAt = Objects.requireNonNull(when);
        this.decisionNote = note;
        // The account has its own copy now, or there is none to make: the request keeps no password.
        this.passwordHash = null;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getReason() {
        return reason;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public MembershipRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
