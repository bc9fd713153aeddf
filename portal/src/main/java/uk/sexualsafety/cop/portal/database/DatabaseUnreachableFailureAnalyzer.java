package uk.sexualsafety.cop.portal.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDbStartException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the pages of stack trace that a start without a reachable database produces with one line saying which
 * server could not be reached and why, and what to set instead. Wrappers such as Flyway's "unable to connect" or
 * Spring's {@code CannotGetJdbcConnectionException} are not enough on their own: they also wrap a wrong password or a
 * bad driver, which have their own messages. The evidence is the driver's connection exception (SQL state class 08,
 * or Hikari's timeout) or a network failure beneath an SQL exception. Credentials and URL parameters are never shown.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    static final String ACTION = "Start the database server, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME "
            + "and SPRING_DATASOURCE_PASSWORD to one that is running; without them the portal starts its own "
            + "embedded MariaDB.";

    private static final int DEFAULT_PORT = 3306;
    private static final int MAX_REASON_LENGTH = 200;
    private static final Pattern ADDRESS_HOST = Pattern.compile("\\(host=([^)]+)\\)");
    private static final Pattern ADDRESS_PORT = Pattern.compile("\\(port=(\\d+)\\)");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|pwd)=[^&;,\\s)]*");

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        List<Throwable> chain = causeChain(failure);
        if (chain.stream().anyMatch(NoDatabaseConfiguredException.class::isInstance)) {
            return new FailureAnalysis("No database is configured, and this build of the portal has no embedded "
                    + "MariaDB to start instead.", "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD to a MariaDB server.", failure);
        }
        var embeddedStart = chain.stream().filter(EmbeddedMariaDbStartException.class::isInstance)
                .map(EmbeddedMariaDbStartException.class::cast).findFirst();
        if (embeddedStart.isPresent()) {
            return new FailureAnalysis(embeddedStart.get().getMessage() + ".", "Stop the other program (perhaps "
                    + "another copy of the portal), or give the embedded server another port with "
                    + "PORTAL_EMBEDDED_DB_PORT, or set SPRING_DATASOURCE_URL to a MariaDB server that is running.",
                    failure);
        }
        if (!isConnectionFailure(chain)) {
            return null;
        }
        String reason = reason(chain.getLast());
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            String port = environment.getProperty("portal.embedded-db.port", "3316");
            return new FailureAnalysis("The portal could not reach its embedded MariaDB database at 127.0.0.1:" + port
                    + ": " + reason, "Check that the embedded server started (see the log above) and that nothing "
                    + "else uses port " + port + " (portal.embedded-db.port), or set SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a server that is running.",
                    failure);
        }
        return new FailureAnalysis("The portal could not reach its MariaDB database at " + serverAddress(url) + ": "
                + reason, ACTION, failure);
    }

    private static boolean isConnectionFailure(List<Throwable> chain) {
        boolean underSqlException = false;
        for (Throwable throwable : chain) {
            if (throwable instanceof SQLTransientConnectionException
                    || throwable instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (throwable instanceof SQLException) {
                underSqlException = true;
            }
            if (underSqlException && isNetworkFailure(throwable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNetworkFailure(Throwable throwable) {
        return throwable instanceof ConnectException || throwable instanceof UnknownHostException
                || throwable instanceof NoRouteToHostException || throwable instanceof SocketTimeoutException;
    }

    /** The innermost cause says it best ("Connection refused"), on one line, with anything like a password masked. */
    private String reason(Throwable innermost) {
        String message = innermost.getMessage() == null || innermost.getMessage().isBlank()
                ? innermost.getClass().getSimpleName() : innermost.getMessage().strip().lines().findFirst().orElse("");
        if (innermost instanceof UnknownHostException) {
            message = "unknown host " + message;
        }
        String password = environment.getProperty("spring.datasource.password");
        if (password != null && !password.isBlank()) {
            message = message.replace(password, "****");
        }
        message = PASSWORD_PARAMETER.matcher(message).replaceAll("$1=****");
        return message.length() > MAX_REASON_LENGTH ? message.substring(0, MAX_REASON_LENGTH) + "…" : message;
    }

    /**
     * The host and port (or several, for a failover or replication URL) of a MariaDB or MySQL JDBC URL, without the
     * database name, credentials or parameters.
     */
    static String serverAddress(String jdbcUrl) {
        String rest = jdbcUrl.strip();
        int slashes = rest.indexOf("//");
        if (slashes < 0) {
            return "the address in SPRING_DATASOURCE_URL";
        }
        rest = rest.substring(slashes + 2);
        int end = rest.length();
        for (char stop : new char[] {'/', '?', ';'}) {
            int index = rest.indexOf(stop);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.isBlank()) {
            return "localhost:" + DEFAULT_PORT;
        }
        List<String> hosts = new ArrayList<>();
        for (String host : splitHosts(authority)) {
            hosts.add(withPort(host.strip()));
        }
        return String.join(",", hosts);
    }

    /** Splits at commas that separate hosts, not at those inside an {@code address=(...)} form. */
    private static List<String> splitHosts(String authority) {
        List<String> hosts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                hosts.add(authority.substring(start, i));
                start = i + 1;
            }
        }
        hosts.add(authority.substring(start));
        return hosts;
    }

    private static String withPort(String host) {
        if (host.startsWith("address=")) {
            Matcher name = ADDRESS_HOST.matcher(host);
            Matcher port = ADDRESS_PORT.matcher(host);
            return (name.find() ? name.group(1) : "localhost") + ":" + (port.find() ? port.group(1) : DEFAULT_PORT);
        }
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + DEFAULT_PORT;
    }

    private static List<Throwable> causeChain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            chain.add(current);
        }
        return chain;
    }
}
