package uk.sexualsafety.cop.moderation.workflow;

/** The person may not take this action on this item now; the message says why in words they can act on. */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
