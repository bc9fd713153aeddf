package uk.sexualsafety.cop.db.moderation;

/** Where an item is in moderation. Only {@link #PENDING} items are in the moderators' queue. */
public enum ModerationStatus {
    PENDING("Waiting for moderation"),
    CHANGES_REQUESTED("Changes requested"),
    PUBLISHED("Published"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ModerationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rejected and withdrawn items are decided for good: nobody acts on them any more. */
    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
