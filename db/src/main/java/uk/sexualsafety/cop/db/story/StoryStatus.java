package uk.sexualsafety.cop.db.story;

/** Where a story is in its life; only a published story is shown to readers or found by search. */
public enum StoryStatus {
    IN_MODERATION("Waiting for moderation"),
    CHANGES_REQUESTED("Changes requested"),
    PUBLISHED("Published"),
    REJECTED("Not published"),
    WITHDRAWN("Withdrawn");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A withdrawn or rejected story can no longer be changed by its contributor. */
    public boolean isClosed() {
        return this == WITHDRAWN || this == REJECTED;
    }
}
