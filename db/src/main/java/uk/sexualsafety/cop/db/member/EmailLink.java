package uk.sexualsafety.cop.db.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A link sent by email that lets whoever holds it do one thing once, until it expires. Only the SHA-256 of its random
 * token is stored, so the table cannot be used to act on anyone's behalf. It names either the account or the request
 * to join it is about.
 */
@Entity
@Table(name = "email_link")
public class EmailLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EmailLinkPurpose purpose;

    @Column(nullable = false, updatable = false, columnDefinition = "BINARY(32)")
    private byte[] tokenHash;

    @Column(updatable = false)
    private Long accountId;

    @Column(updatable = false)
    private Long membershipRequestId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    protected EmailLink() {
    }

    private EmailLink(EmailLinkPurpose purpose, byte[] tokenHash, Long accountId, Long membershipRequestId,
                      Instant createdAt, Instant expiresAt) {
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = tokenHash.clone();
        this.accountId = accountId;
        this.membershipRequestId = membershipRequestId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a link must expire after it is made");
        }
    }

    public static EmailLink toConfirmJoining(long membershipRequestId, byte[] tokenHash, Instant now,
                                             Instant expiresAt) {
        return new EmailLink(EmailLinkPurpose.CONFIRM_JOIN, tokenHash, null, membershipRequestId, now, expiresAt);
    }

    public static EmailLink toResetPassword(long accountId, byte[] tokenHash, Instant now, Instant expiresAt) {
        return new EmailLink(EmailLinkPurpose.RESET_PASSWORD, tokenHash, accountId, null, now, expiresAt);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public EmailLinkPurpose getPurpose() {
        return purpose;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getMembershipRequestId() {
        return membershipRequestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
