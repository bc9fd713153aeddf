package uk.sexualsafety.cop.portal.validation;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The one way a service refuses a change made on what someone saw before another person changed it: the version
 * they loaded must still be the entity's, and a competing write that commits first refuses this one the same way.
 */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    /** Refuses with {@code message} unless the entity is still at the version the person loaded. */
    public static void requireVersion(long currentVersion, long expectedVersion, String message) {
        if (currentVersion != expectedVersion) {
            throw new ConcurrentChangeException(message);
        }
    }

    /** Runs a write, usually a flush; another transaction's change to the same rows first refuses it. */
    public static void guard(String message, Runnable write) {
        guard(message, () -> {
            write.run();
            return null;
        });
    }

    /** Runs a write, usually a flush; another transaction's change to the same rows first refuses it. */
    public static <T> T guard(String message, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrencyFailureException e) {
            throw new ConcurrentChangeException(message);
        }
    }

    /**
     * As {@link #guard(String, Supplier)}, for a write whose race a unique key decides as well (one pending offer,
     * one profile per account): the key taken first refuses it too.
     */
    public static <T> T guardUniqueKeys(String message, Supplier<T> write) {
        try {
            return guard(message, write);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChangeException(message);
        }
    }
}
