package uk.sexualsafety.cop.db.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The moderation of one piece of content, whatever its type: one row per (content type, content id). Its version
 * changes with every action, so that two moderators acting at once cannot overwrite each other.
 */
@Entity
@Table(name = "moderation_item")
public class ModerationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long contentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationStatus status;

    @Column(nullable = false)
    private boolean urgent;

    @Column(updatable = false)
    private Long contributorAccountId;

    @Column(nullable = false)
    private int contentRevision;

    @Column(nullable = false)
    private int approvalsRequired;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant queuedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ModerationItem() {
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public long getContentId() {
        return contentId;
    }

    public ModerationStatus getStatus() {
        return status;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Optional<Long> getContributorAccountId() {
        return Optional.ofNullable(contributorAccountId);
    }

    public boolean isContributor(Long accountId) {
        return accountId != null && accountId.equals(contributorAccountId);
    }

    public int getContentRevision() {
        return contentRevision;
    }

    public int getApprovalsRequired() {
        return approvalsRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the item last entered the queue: its age in the queue counts from here. */
    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Back in the queue with new content: earlier approvals were of other text and no longer count. */
    public void queue(boolean urgent, Instant now) {
        Objects.requireNonNull(now);
        if (status != ModerationStatus.PENDING) {
            // An item edited while it waits keeps its place in the queue; one coming back joins at the end.
            this.queuedAt = now;
        }
        this.status = ModerationStatus.PENDING;
        this.urgent = this.urgent || urgent;
        this.contentRevision++;
        this.updatedAt = now;
    }

    /** The content changed during review (a moderator's edit): earlier approvals no longer count. */
    public void contentChanged(Instant now) {
        this.contentRevision++;
        this.updatedAt = Objects.requireNonNull(now);
    }

    public void moveTo(ModerationStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        if (newStatus != ModerationStatus.PENDING) {
            this.urgent = false;
        }
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Marks the item changed without changing its status, e.g. after the first of two approvals. */
    public void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }
}
