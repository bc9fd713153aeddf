package uk.sexualsafety.cop.search;

import org.hibernate.search.util.common.SearchTimeoutException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * The search engine could not be reached or did not answer in time (a shared OpenSearch cluster that is down or
 * overloaded): a passing condition, which callers tell people about calmly while everything else goes on working.
 * Changes made meanwhile wait in the outbox and reach the index once the engine is back (decision 043).
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("The search engine could not be reached", cause);
    }

    /** Whether a failure of the engine means it is unreachable (no connection, no answer in time). */
    public static boolean meansUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SearchUnavailableException || cause instanceof IOException
                    || cause instanceof TimeoutException || cause instanceof SearchTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The failure as this exception when it means the engine is unreachable, otherwise unchanged. */
    public static RuntimeException translate(RuntimeException failure) {
        return failure instanceof SearchUnavailableException || !meansUnreachable(failure)
                ? failure : new SearchUnavailableException(failure);
    }
}
