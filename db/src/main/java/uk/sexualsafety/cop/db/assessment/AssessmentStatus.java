package uk.sexualsafety.cop.db.assessment;

/** Where an assessment is: written by leads, sent for sign-off, signed off by a second lead (then never changed). */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for sign-off"),
    SIGNED_OFF("Signed off");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
