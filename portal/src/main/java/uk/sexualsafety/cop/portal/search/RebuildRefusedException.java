package uk.sexualsafety.cop.portal.search;

/** A rebuild of the search index could not start; the message says why, for the administrator. */
public class RebuildRefusedException extends RuntimeException {

    public RebuildRefusedException(String message) {
        super(message);
    }
}
