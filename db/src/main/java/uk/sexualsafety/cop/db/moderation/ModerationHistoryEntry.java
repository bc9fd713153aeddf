package uk.sexualsafety.cop.db.moderation;

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
import java.util.Optional;

/** One action on a moderation item: who, when, what changed and why. Written once, never changed. */
@Entity
@Immutable
@Table(name = "moderation_history")
public class ModerationHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false)
    private Instant occurredAt;

    private Long actorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind actorKind;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    private ModerationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationStatus toStatus;

    @Column(nullable = false)
    private int contentRevision;

    private String reason;

    private String message;

    protected ModerationHistoryEntry() {
    }

    public ModerationHistoryEntry(long itemId, Instant occurredAt, ActorKind actorKind, Long actorAccountId,
                                  String action, ModerationStatus fromStatus, ModerationStatus toStatus,
                                  int contentRevision, String reason, String message) {
        this.itemId = itemId;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorKind = Objects.requireNonNull(actorKind);
        this.actorAccountId = actorAccountId;
        this.action = Objects.requireNonNull(action);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.contentRevision = contentRevision;
        this.reason = reason;
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public Optional<Long> getActorAccountId() {
        return Optional.ofNullable(actorAccountId);
    }

    public String getAction() {
        return action;
    }

    public Optional<ModerationStatus> getFromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public ModerationStatus getToStatus() {
        return toStatus;
    }

    public int getContentRevision() {
        return contentRevision;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }
}
