package uk.sexualsafety.cop.db.investigator;

/** The steps of an assignment after the conflict declaration, recorded by the investigator in this order. */
public enum Milestone {
    TERMS_OF_REFERENCE_AGREED("Terms of reference agreed"),
    INTERVIEWS_DONE("Interviews done"),
    REPORT_DELIVERED("Report delivered"),
    CLOSED("Closed");

    private final String label;

    Milestone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
