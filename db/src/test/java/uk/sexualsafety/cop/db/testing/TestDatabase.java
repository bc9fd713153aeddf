package uk.sexualsafety.cop.db.testing;

import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    private static Connection connect() {
        String url = System.getenv("PORTAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, envOr("PORTAL_TEST_DB_USERNAME", "root"), envOr("PORTAL_TEST_DB_PASSWORD", ""));
        }
        Path dataDirectory = Path.of("target", "test-mariadb", "data");
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
