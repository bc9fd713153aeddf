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

import java.time.LocalDate;

/** An action planned on an item, in the order the lead wrote it. */
@Entity
@Table(name = "assessment_action")
class AssessmentAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_item_id", updatable = false)
    private AssessmentItem item;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false)
    private String what;

    @Column(nullable = false)
    private String ownerRole;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    protected AssessmentAction() {
    }

    AssessmentAction(AssessmentItem item, int position, ActionPlan plan) {
        this.item = item;
        this.position = position;
        change(plan);
    }

    void change(ActionPlan plan) {
        this.what = plan.what();
        this.ownerRole = plan.ownerRole();
        this.dueOn = plan.dueOn();
        this.status = plan.status();
    }

    ActionPlan plan() {
        return new ActionPlan(what, ownerRole, dueOn, status);
    }
}
