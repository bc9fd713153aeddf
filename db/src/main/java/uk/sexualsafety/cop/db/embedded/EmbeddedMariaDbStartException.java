package uk.sexualsafety.cop.db.embedded;

/** The embedded MariaDB server could not start, most often because another program uses its port. */
public class EmbeddedMariaDbStartException extends IllegalStateException {

    private final int port;

    EmbeddedMariaDbStartException(int port, String reason, Throwable cause) {
        super("The embedded MariaDB server could not start on port " + port + ": " + reason, cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
