package uk.sexualsafety.cop.portal.capacity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal as production runs it, in a process of its own, so that its heap holds the server alone: the built
 * classes on their runtime class path (the test phase comes before the jar is packaged), listening on the loopback
 * address only, with its embedded MariaDB on a free port and its data under the benchmark's folder, the demo content
 * loaded into it as into any new installation.
 */
final class PortalProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final int databasePort;

    private PortalProcess(Process process, int port, int databasePort) {
        this.process = process;
        this.port = port;
        this.databasePort = databasePort;
    }

    static PortalProcess start(Path classes, Path classPathFile, Path folder, String maxHeap) throws IOException {
        int port = freePort();
        int databasePort = freePort();
        Files.createDirectories(folder);
        String classPath = classes + java.io.File.pathSeparator + Files.readString(classPathFile).strip();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + maxHeap,
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-cp", classPath, "uk.sexualsafety.cop.portal.Application",
                "--server.address=127.0.0.1",
                // The jar says so in its build information; the classes folder is built for development.
                "--vaadin.productionMode=true",
                "--server.port=" + port,
                "--portal.embedded-db.port=" + databasePort,
                "--portal.embedded-db.data-directory=" + folder.resolve("mariadb"),
                "--portal.search.index-directory=" + folder.resolve("index"),
                "--portal.second-factor.key-file=" + folder.resolve("second-factor.key")));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("portal.log").toFile())
                .start();
        PortalProcess portal = new PortalProcess(process, port, databasePort);
        portal.awaitReady();
        return portal;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + databasePort + "/portal";
    }

    long pid() {
        return process.pid();
    }

    /**
     * The bytes of the objects still reachable, after the full collection that {@code jcmd GC.class_histogram}
     * makes; the histogram itself is kept beside the figures, for finding what a session holds.
     */
    long liveHeapBytes(Path histogram) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()), "GC.class_histogram")
                .redirectErrorStream(true).redirectOutput(histogram.toFile()).start();
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd could not weigh the portal's heap: see " + histogram);
        }
        return HeapHistogram.read(histogram).totalBytes();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped while starting: see portal.log");
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            // A poll of a local process while it starts, not a wait for an effect of the code under test.
            process.onExit().completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
        }
        throw new IllegalStateException("the portal was not ready within " + START_LIMIT + ": see portal.log");
    }

    /** Stops the portal as an operator would; its database server stops with it, or is stopped after it. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
