package uk.sexualsafety.cop.portal.errors;

import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells apart the failures that mean "the database is unreachable" from the rest. */
public final class Failures {

    /** SQL's class of connection errors: "08" (a closed or broken connection, one that could not be made). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private Failures() {
    }

    /**
     * Whether the database being unreachable is behind this failure: anywhere in its causes or suppressed
     * exceptions. A transaction that loses its connection mid-way fails once more when it rolls back, on the
     * connection the pool has closed meanwhile (Hikari's "Connection is closed", with no SQL state), and that second
     * failure is the one thrown: a rollback or commit that the JDBC connection refused counts as the database gone.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toVisit = new ArrayDeque<>();
        toVisit.push(failure);
        while (!toVisit.isEmpty()) {
            Throwable current = toVisit.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (meansUnreachable(current)) {
                return true;
            }
            if (current.getCause() != null) {
                toVisit.push(current.getCause());
            }
            if (current instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                toVisit.push(rollback.getApplicationException());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                toVisit.push(suppressed);
            }
        }
        return false;
    }

    private static boolean meansUnreachable(Throwable cause) {
        return cause instanceof org.springframework.dao.DataAccessResourceFailureException
                || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException
                || cause instanceof java.sql.SQLRecoverableException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                || cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException;
    }

    /** A description safe to log: exception types only, because messages from the database can quote data. */
    public static String describeSafely(Throwable failure) {
        StringBuilder description = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            description.append(" <- ").append(cause.getClass().getName());
        }
        return description.toString();
    }

}
