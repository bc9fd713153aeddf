package uk.sexualsafety.cop.db.investigator;

/** What an investigation request is about. */
public enum RequestCategory {
    SEXUAL_HARASSMENT("Sexual harassment"),
    SEXUAL_ASSAULT_ALLEGATION("Sexual assault allegation"),
    MISOGYNY("Misogyny"),
    NON_RECENT("Non-recent"),
    SEVERAL_PARTIES("Several parties"),
    COUNTER_CLAIMS("Counter-claims");

    private final String label;

    RequestCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
