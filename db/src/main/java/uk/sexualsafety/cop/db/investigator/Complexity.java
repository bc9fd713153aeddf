package uk.sexualsafety.cop.db.investigator;

/** How complex the requester judges an investigation to be. */
public enum Complexity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Complexity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
