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
 * A request to join the community, waiting for an administrator. The applicant chooses their password when they
 * ask, so that an approval lets them sign in at once; only its hash is kept. Someone whose address NHSmail proved
 * chooses none: they sign in with NHSmail.
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

    /** Absent when the address was proven through NHSmail, where the person signs in instead. */
    @Column(updatable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRequestStatus status = MembershipRequestStatus.PENDING;

    @Column(nullable = false, updatable = false)
    private Instant requestedAt;

    private Instant decidedAt;

    private Long decidedBy;

    private String decisionNote;

    @Version
    private long version;

    protected MembershipRequest() {
    }

    public MembershipRequest(String fullName, String email, String jobTitle, Organisation organisation,
                             String reason, String passwordHash, Instant requestedAt) {
        this.fullName = Objects.requireNonNull(fullName);
        this.email = Account.normaliseEmail(email);
        this.jobTitle = Objects.requireNonNull(jobTitle);
        this.organisation = Objects.requireNonNull(organisation);
        this.reason = reason;
        this.passwordHash = passwordHash;
        this.requestedAt = Objects.requireNonNull(requestedAt);
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
