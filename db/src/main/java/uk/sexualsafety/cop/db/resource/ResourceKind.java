package uk.sexualsafety.cop.db.resource;

public enum ResourceKind {
    TRAINING("Training"),
    GUIDANCE("Guidance"),
    RECORDING("Recording"),
    TOOLKIT("Toolkit"),
    RESEARCH("Research");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
