package uk.sexualsafety.cop.db.investigator;

/**
 * Where an investigation request stands. It is offered to one investigator at a time; a decline, an offer that
 * expires or an investigator who withdraws puts it back to open.
 */
public enum RequestStatus {
    OPEN("Waiting for an investigator"),
    OFFERED("Offered to an investigator"),
    ALLOCATED("Allocated"),
    IN_PROGRESS("In progress"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
