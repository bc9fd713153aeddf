package uk.sexualsafety.cop.db.story;

/** Who the contributor consents to read the story. */
public enum StoryReadership {
    MEMBERS_ONLY("Community members only"),
    MEMBERS_AND_TRAINING("Community members, and shown in training with permission");

    private final String label;

    StoryReadership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
