package uk.sexualsafety.cop.db.casestudy.discussion;

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

/**
 * A member's comment under a published case study, or a reply to one. Its status follows its moderation item; a
 * member trusted with post-moderation sees their comment published at once while it waits for review.
 */
@Entity
@Table(name = "case_study_comment")
public class CaseStudyComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long caseStudyId;

    @Column(updatable = false)
    private Long parentId;

    @Column(nullable = false, updatable = false)
    private long authorAccountId;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status;

    private String moderatorMessage;

    @Column(nullable = false)
    private int openFlags;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant publishedAt;

    @Version
    private long version;

    protected CaseStudyComment() {
    }

    /** A new comment: published at once only when its author is trusted with post-moderation. */
    public CaseStudyComment(long caseStudyId, Long parentId, long authorAccountId, String body,
                            boolean publishBeforeReview, Instant now) {
        this.caseStudyId = caseStudyId;
        this.parentId = parentId;
        this.authorAccountId = authorAccountId;
        this.body = Objects.requireNonNull(body);
        this.createdAt = now;
        this.updatedAt = now;
        if (publishBeforeReview) {
            publish(now);
        } else {
            this.status = CommentStatus.PENDING;
        }
    }

    /** The author's new text, sent for review again (published meanwhile only for a trusted author). */
    public void edit(String newBody, boolean publishBeforeReview, Instant now) {
        if (status == CommentStatus.WITHDRAWN || status == CommentStatus.REJECTED
                || status == CommentStatus.HIDDEN_BY_FLAGS) {
            throw new IllegalStateException("A comment that is " + status + " cannot be edited");
        }
        this.body = Objects.requireNonNull(newBody);
        this.moderatorMessage = null;
        this.updatedAt = now;
        if (publishBeforeReview) {
            publish(now);
        } else {
            this.status = CommentStatus.PENDING;
        }
    }

    /** A moderator's edit, such as accepted anonymisation findings. */
    public void editByModerator(String newBody, Instant now) {
        this.body = Objects.requireNonNull(newBody);
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = CommentStatus.PUBLISHED;
        this.openFlags = 0;
        this.moderatorMessage = null;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    /** Counts a member's flag; returns whether the comment has now reached {@code hideAt} and is hidden. */
    public boolean flagged(int hideAt, Instant now) {
        openFlags++;
        updatedAt = now;
        if (status == CommentStatus.PUBLISHED && openFlags >= hideAt) {
            status = CommentStatus.HIDDEN_BY_FLAGS;
            return true;
        }
        return false;
    }

    public void changesRequested(String message, Instant now) {
        this.status = CommentStatus.CHANGES_REQUESTED;
        this.moderatorMessage = message;
        this.updatedAt = now;
    }

    public void reject(String reason, Instant now) {
        this.status = CommentStatus.REJECTED;
        this.moderatorMessage = reason;
        this.updatedAt = now;
    }

    /** The author deletes it: the text goes at once; replies to it stay with their own authors' consent. */
    public void withdraw(Instant now) {
        this.status = CommentStatus.WITHDRAWN;
        this.body = "";
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCaseStudyId() {
        return caseStudyId;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isReply() {
        return parentId != null;
    }

    public long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getModeratorMessage() {
        return moderatorMessage;
    }

    public int getOpenFlags() {
        return openFlags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
