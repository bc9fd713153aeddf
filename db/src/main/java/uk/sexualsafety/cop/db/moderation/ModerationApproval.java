package uk.sexualsafety.cop.db.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One moderator's approval of one revision of an item's content. */
@Entity
@Immutable
@Table(name = "moderation_approval")
public class ModerationApproval {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private Instant approvedAt;

    protected ModerationApproval() {
    }

    public ModerationApproval(long itemId, int contentRevision, long moderatorAccountId, Instant approvedAt) {
        this.key = new Key(itemId, contentRevision, moderatorAccountId);
        this.approvedAt = Objects.requireNonNull(approvedAt);
    }

    public long getItemId() {
        return key.itemId;
    }

    public int getContentRevision() {
        return key.contentRevision;
    }

    public long getModeratorAccountId() {
        return key.moderatorAccountId;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "item_id")
        private long itemId;

        @Column(name = "content_revision")
        private int contentRevision;

        @Column(name = "moderator_account_id")
        private long moderatorAccountId;

        protected Key() {
        }

        Key(long itemId, int contentRevision, long moderatorAccountId) {
            this.itemId = itemId;
            this.contentRevision = contentRevision;
            this.moderatorAccountId = moderatorAccountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && itemId == key.itemId && contentRevision == key.contentRevision
                    && moderatorAccountId == key.moderatorAccountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, contentRevision, moderatorAccountId);
        }
    }
}
