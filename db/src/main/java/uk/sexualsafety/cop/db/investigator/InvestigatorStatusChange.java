package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.Objects;

/** One change of an investigator's place in the pool, with the reason; the first is joining the pool. */
@Entity
@Immutable
@Table(name = "investigator_status_change")
public class InvestigatorStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long investigatorId;

    @Enumerated(EnumType.STRING)
    private PoolStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PoolStatus toStatus;

    @Column(nullable = false)
    private String reason;

    private Long changedBy;

    @Column(nullable = false)
    private Instant changedAt;

    protected InvestigatorStatusChange() {
    }

    public InvestigatorStatusChange(long investigatorId, PoolStatus fromStatus, PoolStatus toStatus, String reason,
                                    Long changedBy, Instant changedAt) {
        this.investigatorId = investigatorId;
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.reason = Objects.requireNonNull(reason);
        this.changedBy = changedBy;
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public long getInvestigatorId() {
        return investigatorId;
    }

    /** Empty for the first entry, when the investigator joined the pool. */
    public PoolStatus getFromStatus() {
        return fromStatus;
    }

    public PoolStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
