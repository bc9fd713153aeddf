package uk.sexualsafety.cop.moderation.workflow;

/** A moderation item as the moderator saw it: an action on it is refused once its version has moved on. */
public record ModerationItemRef(long id, long version) {

    public ModerationItemRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No moderation item has id " + id + " at version " + version);
        }
    }
}
