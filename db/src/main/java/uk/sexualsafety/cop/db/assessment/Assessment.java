package uk.sexualsafety.cop.db.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's self-assessment of one period. Leads write the draft; one submits it; another signs it off, and
 * from then on database triggers refuse any change to it or its items. Every change goes through this entity and
 * moves its {@code @Version}, so two leads saving at once cannot both win.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, updatable = false)
    private int periodStart;

    @Column(nullable = false, updatable = false)
    private long frameworkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

    @Column(updatable = false)
    private Long copiedFromId;

    @Column(nullable = false, updatable = false)
    private long createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private long updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    private Long submittedBy;

    private Instant submittedAt;

    private Long signedOffBy;

    private Instant signedOffAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AssessmentItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    /** A new draft with an empty answer for each of the framework's items. */
    public Assessment(long organisationId, int periodStart, long frameworkId, List<FrameworkItem> frameworkItems,
                      Long copiedFromId, long lead, Instant now) {
        this.organisationId = organisationId;
        this.periodStart = periodStart;
        this.frameworkId = frameworkId;
        this.copiedFromId = copiedFromId;
        this.status = AssessmentStatus.DRAFT;
        this.createdBy = lead;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedBy = lead;
        this.updatedAt = now;
        for (FrameworkItem item : frameworkItems) {
            if (item.getFrameworkId() != frameworkId) {
                throw new IllegalArgumentException("Item " + item.getCode() + " is from another framework version");
            }
            items.add(new AssessmentItem(this, item));
        }
    }

    /**
     * Marks a change by a lead, so that the version moves even when only an item changed.
     *
     * @throws IllegalStateException unless the assessment is a draft
     */
    public void edited(long lead, Instant now) {
        requireStatus(AssessmentStatus.DRAFT, "changed");
        touch(lead, now);
    }

    /** Sends the draft for sign-off by another lead. */
    public void submit(long lead, Instant now) {
        requireStatus(AssessmentStatus.DRAFT, "submitted");
        status = AssessmentStatus.SUBMITTED;
        submittedBy = lead;
        submittedAt = now;
        touch(lead, now);
    }

    /** Takes a submitted assessment back to a draft, to change it before sign-off. */
    public void returnToDraft(long lead, Instant now) {
        requireStatus(AssessmentStatus.SUBMITTED, "returned to a draft");
        status = AssessmentStatus.DRAFT;
        submittedBy = null;
        submittedAt = null;
        touch(lead, now);
    }

    /**
     * Signs off a submitted assessment; from then on it never changes.
     *
     * @throws IllegalStateException unless it is submitted
     * @throws IllegalArgumentException when the lead signing off is the one who submitted it
     */
    public void signOff(long lead, Instant now) {
        requireStatus(AssessmentStatus.SUBMITTED, "signed off");
        if (submittedBy != null && submittedBy == lead) {
            throw new IllegalArgumentException("The lead who submitted an assessment cannot sign it off");
        }
        status = AssessmentStatus.SIGNED_OFF;
        signedOffBy = lead;
        signedOffAt = now;
        touch(lead, now);
    }

    private void requireStatus(AssessmentStatus needed, String what) {
        if (status != needed) {
            throw new IllegalStateException("A " + status.label().toLowerCase() + " assessment cannot be " + what);
        }
    }

    private void touch(long lead, Instant now) {
        updatedBy = lead;
        updatedAt = Objects.requireNonNull(now);
    }

    public Optional<AssessmentItem> item(long frameworkItemId) {
        return items.stream().filter(item -> item.getFrameworkItem().getId() == frameworkItemId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getPeriodStart() {
        return periodStart;
    }

    public long getFrameworkId() {
        return frameworkId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public Optional<Long> getCopiedFromId() {
        return Optional.ofNullable(copiedFromId);
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Optional<Long> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Long> getSignedOffBy() {
        return Optional.ofNullable(signedOffBy);
    }

    public Optional<Instant> getSignedOffAt() {
        return Optional.ofNullable(signedOffAt);
    }

    /** The items in the framework's order. */
    public List<AssessmentItem> getItems() {
        return items.stream()
                .sorted(java.util.Comparator.comparingInt(item -> item.getFrameworkItem().getPosition()))
                .toList();
    }

    public long getVersion() {
        return version;
    }
}
