package uk.sexualsafety.cop.db.testing;

import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The MariaDB server that integration tests use: the one named by {@code PORTAL_TEST_DB_URL} when it is set,
 * otherwise an embedded server started once per test JVM on a free port, with fresh data.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {
    }

    private static final class Holder {
        // Started on first use and stopped with the JVM; the one piece of static state the tests share.
        static final Connection CONNECTION = connect();
    }

    private TestDatabase() {
    }

    public static Connection connection() {
        return Holder.CONNECTION;
    }

    /**
     * A connection to a new, empty database on the same server, for the few tests that need a database of their
     * own (for example, one with no accounts at all).
     */
    public static Connection freshDatabase(String prefix) {
        Connection shared = connection();
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = shared.url().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
        String separator = url.contains("?") ? "&" : "?";
        if (!url.contains("createDatabaseIfNotExist")) {
            url = url + separator + "createDatabaseIfNotExist=true";
        }
        return new Connection(url, shared.username(), shared.password());
    }

    private static Connection connect() {
        String url = System.getenv("PORTAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, envOr("PORTAL_TEST_DB_USERNAME", "root"), envOr("PORTAL_TEST_DB_PASSWORD", ""));
        }
        // One folder per test JVM, so that parallel forks of a module (failsafe's forkCount) never share data.
        Path dataDirectory = Path.of("target", "test-mariadb", "fork-" + System.getProperty("test.fork", "1"), "data");
        deleteRecursively(dataDirectory);
        EmbeddedMariaDb server = EmbeddedMariaDb.start(freePort(), dataDirectory, "portal_test");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
        return new Connection(server.jdbcUrl(), server.username(), server.password());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
