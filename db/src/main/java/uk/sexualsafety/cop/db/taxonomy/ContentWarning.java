package uk.sexualsafety.cop.db.taxonomy;

/** What a reader is warned of before distressing text is shown. */
public enum ContentWarning {
    SEXUAL_ASSAULT("Sexual assault"),
    SEXUAL_HARASSMENT("Sexual harassment"),
    RAPE("Rape"),
    CHILD_ABUSE("Child abuse"),
    DOMESTIC_ABUSE("Domestic abuse"),
    STALKING("Stalking"),
    PHYSICAL_VIOLENCE("Physical violence"),
    SELF_HARM("Self-harm"),
    SUICIDE("Suicide"),
    DISCRIMINATION("Racism or other discrimination"),
    DRUGS_AND_ALCOHOL("Drugs or alcohol");

    private final String label;

    ContentWarning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
