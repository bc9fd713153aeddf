package uk.sexualsafety.cop.db.casestudy;

/** How far the police were involved. */
public enum PoliceInvolvement {
    NOT_INVOLVED("The police were not involved"),
    ADVICE_SOUGHT("Police advice was sought"),
    REPORTED("Reported to the police"),
    INVESTIGATED("The police investigated"),
    CRIMINAL_PROCEEDINGS("Criminal proceedings followed");

    private final String label;

    PoliceInvolvement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
