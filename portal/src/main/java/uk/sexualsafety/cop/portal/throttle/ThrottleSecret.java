package uk.sexualsafety.cop.portal.throttle;

/**
 * The key under which throttles hash what they count (a client's address, an email address), the same on every
 * node and held outside the database, so that the database alone cannot tell whose attempts a row counts.
 */
@FunctionalInterface
public interface ThrottleSecret {

    /** 32 bytes or more. */
    byte[] bytes();
}
