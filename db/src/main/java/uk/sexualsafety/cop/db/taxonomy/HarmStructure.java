package uk.sexualsafety.cop.db.taxonomy;

/** Who harmed whom: the structure of harm that stories and case studies are filtered by. */
public enum HarmStructure {
    COLLEAGUE_TO_COLLEAGUE("Colleague to colleague"),
    COLLEAGUE_TO_PATIENT("Colleague to patient"),
    PUBLIC_TO_COLLEAGUE("Patient or public to colleague");

    private final String label;

    HarmStructure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
