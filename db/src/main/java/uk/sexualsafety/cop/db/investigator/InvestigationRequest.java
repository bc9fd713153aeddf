package uk.sexualsafety.cop.db.investigator;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A trust's request for an independent investigator. Its summary is anonymised before it is stored: no names of the
 * people involved. Every change of status changes its version, so two coordinators acting on it at once cannot
 * both succeed.
 */
@Entity
@Table(name = "investigation_request")
public class InvestigationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private long requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Complexity complexity;

    @Column(nullable = false, updatable = false)
    private boolean seniorLeaderInvolved;

    @ElementCollection
    @CollectionTable(name = "investigation_request_specialism", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialism", nullable = false)
    private Set<Specialism> specialismsNeeded = EnumSet.noneOf(Specialism.class);

    @Column(nullable = false, updatable = false)
    private LocalDate wantedStart;

    @Column(nullable = false, updatable = false)
    private int estimatedDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeliveryMode deliveryMode;

    @Column(nullable = false, updatable = false)
    private boolean excludeSameIcb;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant allocatedAt;

    @Version
    private long version;

    protected InvestigationRequest() {
    }

    public InvestigationRequest(Organisation organisation, long requestedBy, RequestCategory category,
                                Complexity complexity, boolean seniorLeaderInvolved, Set<Specialism> specialismsNeeded,
                                LocalDate wantedStart, int estimatedDays, DeliveryMode deliveryMode,
                                boolean excludeSameIcb, String summary, Instant createdAt) {
        if (estimatedDays <= 0) {
            throw new IllegalArgumentException("An investigation takes at least a day");
        }
        this.organisation = Objects.requireNonNull(organisation);
        this.requestedBy = requestedBy;
        this.category = Objects.requireNonNull(category);
        this.complexity = Objects.requireNonNull(complexity);
        this.seniorLeaderInvolved = seniorLeaderInvolved;
        this.specialismsNeeded.addAll(specialismsNeeded);
        this.wantedStart = Objects.requireNonNull(wantedStart);
        this.estimatedDays = estimatedDays;
        this.deliveryMode = Objects.requireNonNull(deliveryMode);
        this.excludeSameIcb = excludeSameIcb;
        this.summary = Objects.requireNonNull(summary);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Offered to one investigator; no other offer until they answer or the offer lapses. */
    public void offered() {
        move(RequestStatus.OPEN, RequestStatus.OFFERED);
    }

    /** Accepted by the investigator it was offered to. */
    public void allocate(Instant now) {
        move(RequestStatus.OFFERED, RequestStatus.ALLOCATED);
        this.allocatedAt = Objects.requireNonNull(now);
    }

    /** The investigation has begun: its terms of reference are agreed. */
    public void start() {
        move(RequestStatus.ALLOCATED, RequestStatus.IN_PROGRESS);
    }

    public void close() {
        move(RequestStatus.IN_PROGRESS, RequestStatus.CLOSED);
    }

    /** Back to open for another investigator: an offer declined or lapsed, or an investigator withdrew. */
    public void reopen() {
        if (status != RequestStatus.OFFERED && status != RequestStatus.ALLOCATED
                && status != RequestStatus.IN_PROGRESS) {
            throw new IllegalStateException("A request that is " + status + " cannot be reopened");
        }
        this.status = RequestStatus.OPEN;
        this.allocatedAt = null;
    }

    public void cancel() {
        if (!isWaiting()) {
            throw new IllegalStateException("A request that is " + status + " cannot be cancelled");
        }
        this.status = RequestStatus.CANCELLED;
    }

    /** Still waiting for an investigator to accept it. */
    public boolean isWaiting() {
        return status == RequestStatus.OPEN || status == RequestStatus.OFFERED;
    }

    private void move(RequestStatus from, RequestStatus to) {
        if (status != from) {
            throw new IllegalStateException("Expected a request that is " + from + " but it is " + status);
        }
        this.status = to;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public boolean isSeniorLeaderInvolved() {
        return seniorLeaderInvolved;
    }

    public Set<Specialism> getSpecialismsNeeded() {
        return specialismsNeeded.isEmpty() ? Set.of() : Set.copyOf(specialismsNeeded);
    }

    public LocalDate getWantedStart() {
        return wantedStart;
    }

    public int getEstimatedDays() {
        return estimatedDays;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public boolean isExcludeSameIcb() {
        return excludeSameIcb;
    }

    public String getSummary() {
        return summary;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public long getVersion() {
        return version;
    }
}
