package uk.sexualsafety.cop.db.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** One single-use recovery code of an account, kept only as the SHA-256 of the code. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false, columnDefinition = "BINARY(32)")
    private byte[] codeHash;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long accountId, byte[] codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash.clone();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
