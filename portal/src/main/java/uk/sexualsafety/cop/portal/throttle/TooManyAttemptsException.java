package uk.sexualsafety.cop.portal.throttle;

/** Someone (or everyone together) tried too often; the message asks them, politely, to wait. */
public class TooManyAttemptsException extends RuntimeException {

    public TooManyAttemptsException(String message) {
        super(message);
    }
}
