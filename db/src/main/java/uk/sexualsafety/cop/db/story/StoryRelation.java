package uk.sexualsafety.cop.db.story;

/** How the contributor relates to what the story tells. */
public enum StoryRelation {
    EXPERIENCED("I experienced it"),
    WITNESSED("I witnessed it"),
    SUPPORTED("I supported someone who experienced it");

    private final String label;

    StoryRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
