package uk.sexualsafety.cop.db.secondfactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's enrolled time-based one-time code: its secret as the portal encrypted it, the last time step a code
 * was accepted for (a code is never accepted twice), and the count of wrong codes that pauses the second factor.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    private Long accountId;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private Instant enrolledAt;

    @Column(nullable = false)
    private long lastUsedStep;

    @Column(nullable = false)
    private int failedAttempts;

    @Column(nullable = false)
    private int pauses;

    private Instant pausedUntil;

    @Version
    private long version;

    protected SecondFactor() {
    }

    public SecondFactor(long accountId, String encryptedSecret, Instant enrolledAt) {
        this.accountId = accountId;
        this.secret = Objects.requireNonNull(encryptedSecret);
        this.enrolledAt = Objects.requireNonNull(enrolledAt);
    }

    /** A new secret (enrolling again) starts afresh: no step used, no failures. */
    public void replaceSecret(String encryptedSecret, Instant when) {
        this.secret = Objects.requireNonNull(encryptedSecret);
        this.enrolledAt = Objects.requireNonNull(when);
        this.lastUsedStep = 0;
        succeeded();
    }

    public boolean isPausedAt(Instant now) {
        return pausedUntil != null && pausedUntil.isAfter(now);
    }

    /** A wrong code; returns whether this one used up the allowance (the caller then pauses). */
    public boolean failed(int allowance) {
        failedAttempts++;
        return failedAttempts >= allowance;
    }

    public void pauseUntil(Instant until) {
        pausedUntil = Objects.requireNonNull(until);
        pauses++;
        failedAttempts = 0;
    }

    public void succeeded() {
        failedAttempts = 0;
        pauses = 0;
        pausedUntil = null;
    }

    /** Accepts a code's time step only once, and only one later than any accepted before. */
    public boolean useStep(long step) {
        if (step <= lastUsedStep) {
            return false;
        }
        lastUsedStep = step;
        return true;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public int getPauses() {
        return pauses;
    }

    public Instant getPausedUntil() {
        return pausedUntil;
    }

    @Override
    public String toString() {
        // Never the secret, even encrypted: this may reach a log.
        return "SecondFactor[account=" + accountId + "]";
    }
}
