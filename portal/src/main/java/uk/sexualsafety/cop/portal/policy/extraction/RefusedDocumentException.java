package uk.sexualsafety.cop.portal.policy.extraction;

import java.util.Objects;

/** A file that cannot become a policy's version, with a message for the person who chose it. */
public class RefusedDocumentException extends RuntimeException {

    /** Why, for logs and tests; the message says it to people. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        OLD_WORD_FORMAT,
        UNSAFE_ARCHIVE,
        ENCRYPTED,
        DAMAGED,
        NO_TEXT,
        TIMED_OUT,
        BUSY
    }

    private final Reason reason;

    public RefusedDocumentException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
