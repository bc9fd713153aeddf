package uk.sexualsafety.cop.db.assessment;

/** Where a framework item comes from. */
public enum FrameworkSection {
    CHARTER("Sexual Safety Charter"),
    WORKER_PROTECTION_ACT("Worker Protection Act 2023: reasonable steps"),
    CONSENSUS_RECOMMENDATIONS("Consensus recommendations");

    private final String label;

    FrameworkSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
