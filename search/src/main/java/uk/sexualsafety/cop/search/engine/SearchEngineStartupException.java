package uk.sexualsafety.cop.search.engine;

/**
 * The search engine cannot be used as configured, so the portal must not start: {@link SearchEngineFailureAnalyzer}
 * shows the message and what to do instead of a stack trace. Messages name settings and addresses, never passwords.
 */
public class SearchEngineStartupException extends RuntimeException {

    private final String action;

    public SearchEngineStartupException(String message, String action) {
        this(message, action, null);
    }

    public SearchEngineStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What the operator should change. */
    public String action() {
        return action;
    }
}
