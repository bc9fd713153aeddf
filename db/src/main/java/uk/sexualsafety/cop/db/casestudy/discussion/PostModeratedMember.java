package uk.sexualsafety.cop.db.casestudy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A member whose comments a moderator trusts to appear before review. */
@Entity
@Table(name = "comment_post_moderation")
public class PostModeratedMember {

    @Id
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private long grantedBy;

    @Column(nullable = false, updatable = false)
    private Instant grantedAt;

    protected PostModeratedMember() {
    }

    public PostModeratedMember(long accountId, long grantedBy, Instant grantedAt) {
        this.accountId = accountId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
