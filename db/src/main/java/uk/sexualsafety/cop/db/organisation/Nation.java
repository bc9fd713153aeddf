package uk.sexualsafety.cop.db.organisation;

/** The four nations, each with its own NHS. */
public enum Nation {
    ENGLAND("England"),
    WALES("Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String label;

    Nation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
