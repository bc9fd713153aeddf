package uk.sexualsafety.cop.portal.validation;

/** Someone else changed or decided the item since this person loaded it. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
