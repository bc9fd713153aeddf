package uk.sexualsafety.cop.portal.investigator;

/**
 * The pool refused an action: the message says why in words the person can act on ("This offer has expired").
 * Thrown for rules of the pool, whatever the view offered, so that a crafted call is refused as a click would be.
 */
public class PoolActionRefusedException extends RuntimeException {

    public PoolActionRefusedException(String message) {
        super(message);
    }
}
