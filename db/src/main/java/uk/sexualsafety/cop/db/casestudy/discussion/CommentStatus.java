package uk.sexualsafety.cop.db.casestudy.discussion;

/** Where a comment stands; only a published comment is shown to members other than its author. */
public enum CommentStatus {
    /** Waiting for a moderator before anyone else sees it. */
    PENDING("Waiting for moderation"),
    PUBLISHED("Published"),
    /** A moderator asked the author to change it; hidden meanwhile. */
    CHANGES_REQUESTED("Changes requested"),
    /** Enough members flagged it: hidden until a moderator decides. */
    HIDDEN_BY_FLAGS("Hidden while a moderator looks at it"),
    REJECTED("Not published"),
    /** The author deleted it; its text is gone. */
    WITHDRAWN("Deleted by its author");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
