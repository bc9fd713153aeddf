package uk.sexualsafety.cop.db.investigator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted offer: the investigator's work on a request. They sign a conflict declaration for the case before they
 * see its details, then record its milestones in order. A withdrawal ends it and frees the request.
 */
@Entity
@Table(name = "investigation_assignment")
public class InvestigationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private InvestigationRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investigator_id", updatable = false)
    private Investigator investigator;

    @Column(nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false, updatable = false)
    private Instant acceptedAt;

    private Instant declarationSignedAt;

    private String declaration;

    private Instant termsAgreedAt;

    private Instant interviewsDoneAt;

    private Instant reportDeliveredAt;

    private Instant closedAt;

    private Instant withdrawnAt;

    private String withdrawalReason;

    @Version
    private long version;

    protected InvestigationAssignment() {
    }

    public InvestigationAssignment(InvestigationOffer acceptedOffer) {
        if (acceptedOffer.getStatus() != OfferStatus.ACCEPTED) {
            throw new IllegalArgumentException("Only an accepted offer becomes an assignment");
        }
        this.request = acceptedOffer.getRequest();
        this.investigator = acceptedOffer.getInvestigator();
        this.offerId = acceptedOffer.getId();
        this.acceptedAt = acceptedOffer.getAnsweredAt();
    }

    /** Still under way: neither closed nor withdrawn. */
    public boolean isActive() {
        return closedAt == null && withdrawnAt == null;
    }

    public boolean isDeclarationSigned() {
        return declarationSignedAt != null;
    }

    public void signDeclaration(String declaration, Instant now) {
        requireActive();
        if (isDeclarationSigned()) {
            throw new IllegalStateException("The declaration is already signed");
        }
        this.declaration = Objects.requireNonNull(declaration);
        this.declarationSignedAt = Objects.requireNonNull(now);
    }

    /** The milestone to record next; empty once closed. */
    public Optional<Milestone> nextMilestone() {
        if (termsAgreedAt == null) {
            return Optional.of(Milestone.TERMS_OF_REFERENCE_AGREED);
        } else if (interviewsDoneAt == null) {
            return Optional.of(Milestone.INTERVIEWS_DONE);
        } else if (reportDeliveredAt == null) {
            return Optional.of(Milestone.REPORT_DELIVERED);
        } else if (closedAt == null) {
            return Optional.of(Milestone.CLOSED);
        }
        return Optional.empty();
    }

    /** Records {@code milestone}, which must be the next one, after the declaration. */
    public void record(Milestone milestone, Instant now) {
        requireActive();
        if (!isDeclarationSigned() || nextMilestone().orElse(null) != milestone) {
            throw new IllegalStateException(milestone + " is not the next milestone");
        }
        Objects.requireNonNull(now);
        switch (milestone) {
            case TERMS_OF_REFERENCE_AGREED -> termsAgreedAt = now;
            case INTERVIEWS_DONE -> interviewsDoneAt = now;
            case REPORT_DELIVERED -> reportDeliveredAt = now;
            case CLOSED -> closedAt = now;
        }
    }

    public Optional<Instant> reachedAt(Milestone milestone) {
        return Optional.ofNullable(switch (milestone) {
            case TERMS_OF_REFERENCE_AGREED -> termsAgreedAt;
            case INTERVIEWS_DONE -> interviewsDoneAt;
            case REPORT_DELIVERED -> reportDeliveredAt;
            case CLOSED -> closedAt;
        });
    }

    public void withdraw(String reason, Instant now) {
        requireActive();
        this.withdrawalReason = Objects.requireNonNull(reason);
        this.withdrawnAt = Objects.requireNonNull(now);
    }

    private void requireActive() {
        if (!isActive()) {
            throw new IllegalStateException("This assignment has ended");
        }
    }

    public Long getId() {
        return id;
    }

    public InvestigationRequest getRequest() {
        return request;
    }

    public Investigator getInvestigator() {
        return investigator;
    }

    public long getOfferId() {
        return offerId;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getDeclarationSignedAt() {
        return declarationSignedAt;
    }

    public String getDeclaration() {
        return declaration;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
