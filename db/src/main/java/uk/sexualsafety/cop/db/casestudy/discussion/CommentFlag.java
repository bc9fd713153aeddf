package uk.sexualsafety.cop.db.casestudy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A member's flag on a comment: one per member and comment. */
@Entity
@Table(name = "case_study_comment_flag")
public class CommentFlag {

    @Embeddable
    public record Key(@Column(name = "comment_id") long commentId, @Column(name = "flagged_by") long flaggedBy)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FlagReason reason;

    @Column(updatable = false)
    private String detail;

    @Column(nullable = false, updatable = false)
    private Instant flaggedAt;

    protected CommentFlag() {
    }

    public CommentFlag(long commentId, long flaggedBy, FlagReason reason, String detail, Instant flaggedAt) {
        this.key = new Key(commentId, flaggedBy);
        this.reason = reason;
        this.detail = detail;
        this.flaggedAt = flaggedAt;
    }

    public long getFlaggedBy() {
        return key.flaggedBy();
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }
}
