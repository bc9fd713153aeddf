package uk.sexualsafety.cop.db.investigator;

/** Where an investigation is carried out: the request says what it needs, the investigator what they offer. */
public enum DeliveryMode {
    ON_SITE("On site"),
    REMOTE("Remote"),
    EITHER("On site or remote");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
