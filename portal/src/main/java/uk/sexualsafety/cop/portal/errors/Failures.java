package uk.sexualsafety.cop.portal.errors;


/** Tells apart the failures that mean "the database is unreachable" from the rest. */
public final class Failures {

    private Failures() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
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
