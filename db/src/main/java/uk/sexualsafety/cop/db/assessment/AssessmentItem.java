package uk.sexualsafety.cop.db.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An organisation's answer on one framework item: level, evidence narrative, evidence links and actions. */
@Entity
@Table(name = "assessment_item")
public class AssessmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", updatable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_item_id", updatable = false)
    private FrameworkItem frameworkItem;

    private Integer level;

    private String evidence;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvidenceLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AssessmentAction> actions = new ArrayList<>();

    protected AssessmentItem() {
    }

    AssessmentItem(Assessment assessment, FrameworkItem frameworkItem) {
        this.assessment = assessment;
        this.frameworkItem = frameworkItem;
    }

    /**
     * Writes the lead's answer. Links and actions are changed in place where they already exist, because Hibernate
     * inserts before it deletes and the unique keys would refuse a remove-then-add of the same row.
     */
    public void answer(Integer level, String evidence, Set<EvidenceRef> evidenceLinks, List<ActionPlan> plans) {
        if (level != null && (level < FrameworkItem.LOWEST_LEVEL || level > FrameworkItem.HIGHEST_LEVEL)) {
            throw new IllegalArgumentException("No maturity level " + level);
        }
        this.level = level;
        this.evidence = evidence;
        Set<EvidenceRef> wanted = new LinkedHashSet<>(evidenceLinks);
        links.removeIf(link -> !wanted.contains(link.ref()));
        links.stream().map(EvidenceLink::ref).toList().forEach(wanted::remove);
        wanted.forEach(ref -> links.add(new EvidenceLink(this, ref)));
        for (int i = 0; i < plans.size(); i++) {
            if (i < actions.size()) {
                actions.get(i).change(plans.get(i));
            } else {
                actions.add(new AssessmentAction(this, i + 1, plans.get(i)));
            }
        }
        while (actions.size() > plans.size()) {
            actions.removeLast();
        }
    }

    public Long getId() {
        return id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public FrameworkItem getFrameworkItem() {
        return frameworkItem;
    }

    public Optional<Integer> getLevel() {
        return Optional.ofNullable(level);
    }

    public Optional<String> getEvidence() {
        return Optional.ofNullable(evidence);
    }

    public List<EvidenceRef> getLinks() {
        return links.stream().map(EvidenceLink::ref).toList();
    }

    public List<ActionPlan> getActions() {
        return actions.stream().map(AssessmentAction::plan).toList();
    }
}
