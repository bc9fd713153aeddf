package uk.sexualsafety.cop.db.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item's link to evidence already in the portal. */
@Entity
@Table(name = "assessment_evidence_link")
class EvidenceLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_item_id", updatable = false)
    private AssessmentItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(nullable = false, updatable = false)
    private long targetId;

    protected EvidenceLink() {
    }

    EvidenceLink(AssessmentItem item, EvidenceRef ref) {
        this.item = item;
        this.kind = ref.kind();
        this.targetId = ref.targetId();
    }

    EvidenceRef ref() {
        return new EvidenceRef(kind, targetId);
    }
}
