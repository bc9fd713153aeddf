package uk.sexualsafety.cop.db.investigator;

/** The answer to an offer of a request to an investigator. */
public enum OfferStatus {
    PENDING("Waiting for an answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    EXPIRED("Expired without an answer"),
    WITHDRAWN("Withdrawn");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
