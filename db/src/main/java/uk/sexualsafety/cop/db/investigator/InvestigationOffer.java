package uk.sexualsafety.cop.db.investigator;

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

import java.time.Instant;
import java.util.Objects;

/**
 * A request offered to one investigator, waiting for their answer until it expires. The database holds at most one
 * pending offer per request.
 */
@Entity
@Table(name = "investigation_offer")
public class InvestigationOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private InvestigationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigator_id", updatable = false)
    private Investigator investigator;

    @Column(nullable = false, updatable = false)
    private long offeredBy;

    @Column(nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferStatus status = OfferStatus.PENDING;

    private String declineReason;

    private Instant answeredAt;

    @Version
    private long version;

    protected InvestigationOffer() {
    }

    public InvestigationOffer(InvestigationRequest request, Investigator investigator, long offeredBy,
                              Instant offeredAt, Instant expiresAt) {
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("An offer must expire after it is made");
        }
        this.request = Objects.requireNonNull(request);
        this.investigator = Objects.requireNonNull(investigator);
        this.offeredBy = offeredBy;
        this.offeredAt = Objects.requireNonNull(offeredAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The status as people should see it: a pending offer past its time has expired, marked so yet or not. */
    public OfferStatus statusAt(Instant now) {
        return status == OfferStatus.PENDING && isExpiredAt(now) ? OfferStatus.EXPIRED : status;
    }

    public void accept(Instant now) {
        answer(OfferStatus.ACCEPTED, now);
    }

    public void decline(String reason, Instant now) {
        answer(OfferStatus.DECLINED, now);
        this.declineReason = Objects.requireNonNull(reason);
    }

    /** Lapsed without an answer. */
    public void expire(Instant now) {
        answer(OfferStatus.EXPIRED, now);
    }

    /** Taken back by a coordinator, or ended because the request was cancelled or the investigator left the pool. */
    public void withdraw(Instant now) {
        answer(OfferStatus.WITHDRAWN, now);
    }

    private void answer(OfferStatus outcome, Instant now) {
        if (status != OfferStatus.PENDING) {
            throw new IllegalStateException("This offer is already " + status);
        }
        this.status = outcome;
        this.answeredAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public InvestigationRequest getRequest() {
        return request;
    }

    public Investigator getInvestigator() {
        return investigator;
    }

    public long getOfferedBy() {
        return offeredBy;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
