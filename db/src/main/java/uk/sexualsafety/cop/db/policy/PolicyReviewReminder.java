package uk.sexualsafety.cop.db.policy;

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
import java.time.LocalDate;

/** A review reminder that went out: written once, by {@link PolicyReviewReminderRepository#claim}, never changed. */
@Entity
@Immutable
@Table(name = "policy_review_reminder")
public class PolicyReviewReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long policyId;

    @Column(nullable = false)
    private LocalDate reviewDueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderKind kind;

    @Column(nullable = false)
    private int recipients;

    @Column(nullable = false)
    private Instant sentAt;

    protected PolicyReviewReminder() {
    }

    public long getPolicyId() {
        return policyId;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public int getRecipients() {
        return recipients;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
