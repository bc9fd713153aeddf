package uk.sexualsafety.cop.db.casestudy;

/** What was put in place while the concern was looked into. */
public enum InterimMeasure {
    SUSPENSION("Suspension"),
    RESTRICTED_DUTIES("Restricted or changed duties"),
    REMOVED_ACCESS_TO_MEDICINES("Removal of access to medicines"),
    SEPARATE_SHIFTS_OR_BASE("Separate shifts or base"),
    NO_CONTACT_INSTRUCTION("Instruction not to make contact"),
    SUPERVISED_PRACTICE("Supervised practice");

    private final String label;

    InterimMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
