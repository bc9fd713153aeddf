package uk.sexualsafety.cop.db.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import uk.sexualsafety.cop.db.resource.Audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local policy an organisation shares with the community. It always has a current version once created (the
 * newest upload, which readers see by default); earlier versions stay as they were. Only members of the owning
 * organisation change it, which the portal checks before calling any of these methods.
 */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyType type;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private boolean adaptable;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_commitment", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "commitment_number", nullable = false)
    private Set<Integer> commitments = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private PolicyVersion currentVersion;

    @Column(nullable = false, updatable = false)
    private Long createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant withdrawnAt;

    @Version
    private long version;

    protected Policy() {
    }

    public Policy(Organisation organisation, PolicyDescription description, long createdBy, Instant now) {
        this.organisation = Objects.requireNonNull(organisation);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        this.status = PolicyStatus.ACTIVE;
        describe(description, now);
    }

    /**
     * A new version that becomes the current one. The caller saves it; the previous versions stay unchanged.
     */
    public PolicyVersion addVersion(VersionContent content, long uploadedBy, Instant now) {
        requireActive();
        int number = currentVersion == null ? 1 : currentVersion.getNumber() + 1;
        PolicyVersion added = new PolicyVersion(this, number, content, uploadedBy, now);
        this.currentVersion = added;
        this.updatedAt = now;
        return added;
    }

    public final void describe(PolicyDescription description, Instant now) {
        requireActive();
        this.title = description.title();
        this.type = description.type();
        this.summary = description.summary();
        this.adaptable = description.adaptable();
        this.commitments.clear();
        this.commitments.addAll(description.commitments());
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** A review that kept the current version: only its next review date moves. */
    public void recordReview(LocalDate nextReviewDueOn, Instant now) {
        requireActive();
        currentVersion().changeReviewDueOn(nextReviewDueOn);
        this.updatedAt = now;
    }

    /** Taken out of the library and search at once; its versions are kept. */
    public void withdraw(Instant now) {
        requireActive();
        this.status = PolicyStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
    }

    private void requireActive() {
        if (status != PolicyStatus.ACTIVE) {
            throw new IllegalStateException("policy " + id + " is withdrawn and cannot change");
        }
    }

    private PolicyVersion currentVersion() {
        if (currentVersion == null) {
            throw new IllegalStateException("policy " + id + " has no version yet");
        }
        return currentVersion;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public PolicyType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isAdaptable() {
        return adaptable;
    }

    public Set<Integer> getCommitments() {
        return Set.copyOf(commitments);
    }

    public PolicyStatus getStatus() {
        return status;
    }

    /** In the library and search: active, with a version to read. */
    public boolean isPublished() {
        return status == PolicyStatus.ACTIVE && currentVersion != null;
    }

    /** Policies are shared within the community: members only. */
    public Audience getAudience() {
        return Audience.MEMBERS;
    }

    public Optional<PolicyVersion> getCurrentVersion() {
        return Optional.ofNullable(currentVersion);
    }

    /** The current version's text, for search: a derived property, so the index follows the current version. */
    public String getCurrentText() {
        return currentVersion == null ? null : currentVersion.getText();
    }

    /** The current version's effective date, the date search shows and sorts by. */
    public LocalDate getCurrentEffectiveOn() {
        return currentVersion == null ? null : currentVersion.getEffectiveOn();
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public long getVersion() {
        return version;
    }
}
