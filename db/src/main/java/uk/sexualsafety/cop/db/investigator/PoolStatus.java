package uk.sexualsafety.cop.db.investigator;

/** An investigator's place in the shared pool; only active investigators are offered work. */
public enum PoolStatus {
    PENDING("Waiting for vetting"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    RETIRED("Retired");

    private final String label;

    PoolStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
