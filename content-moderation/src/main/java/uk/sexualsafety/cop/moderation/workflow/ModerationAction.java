package uk.sexualsafety.cop.moderation.workflow;

/** What someone can do to a moderation item; {@link ModerationWorkflow#availableActions} says who may do which. */
public enum ModerationAction {
    /** A moderator approves the current revision; it is published once enough different moderators have. */
    APPROVE("Approve"),
    /** A moderator asks the contributor for changes, with a message they will see. */
    REQUEST_CHANGES("Request changes"),
    /** A moderator rejects the item for good, with a reason. */
    REJECT("Reject"),
    /** A moderator changes the content during review; earlier approvals no longer count. */
    EDIT("Edit"),
    /** A moderator takes a published item down and asks the contributor for changes. */
    UNPUBLISH("Unpublish"),
    /** The contributor withdraws their consent: the item is hidden at once and never shown again. */
    WITHDRAW("Withdraw");

    private final String label;

    ModerationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
