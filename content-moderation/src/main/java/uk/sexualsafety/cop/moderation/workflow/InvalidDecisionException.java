package uk.sexualsafety.cop.moderation.workflow;

import java.util.Objects;

/** A decision that lacks what the action needs, e.g. a request for changes without a message. */
public class InvalidDecisionException extends RuntimeException {

    /** The {@link Decision} component at fault: "reason" or "message". */
    private final String field;

    public InvalidDecisionException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field);
    }

    public String field() {
        return field;
    }
}
