package uk.sexualsafety.cop.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One OpenSearch node in the test JVM, started by the first test that needs it and shared by every later one until
 * the JVM ends (starting a node takes seconds; a test class's context takes less); or, for a test of an outage, a
 * {@linkplain #dedicated() node of its own} that it stops and restarts.
 * <p>
 * OpenSearch is built on Lucene 10 and Log4j, this module on Lucene 9.12 and Logback, so the node runs in a class
 * loader of its own over the jars the {@code opensearch-node} module resolves (system property
 * {@code opensearch.node.lib}, an OpenSearch 3 or, with {@code opensearch.node.major=2}, an OpenSearch 2); nothing
 * of it is on this module's class path, hence the reflection.
 */
public final class OpenSearchNode {

    private static final String RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner";
    /**
     * HTTP, the analysis components the portal's analysers use, and delete-by-query (a rebuild empties the indexes
     * with it); none of the runner's other modules.
     */
    private static final String MODULES = "2".equals(System.getProperty("opensearch.node.major"))
            ? "org.opensearch.transport.Netty4Plugin,"
            + "org.opensearch.analysis.common.CommonAnalysisPlugin,"
            + "org.opensearch.index.reindex.ReindexPlugin"
            // OpenSearch 3 renamed its modules' classes.
            : "org.opensearch.transport.Netty4ModulePlugin,"
            + "org.opensearch.analysis.common.CommonAnalysisModulePlugin,"
            + "org.opensearch.index.reindex.ReindexModulePlugin";
    private static volatile OpenSearchNode shared;

    private final String address;
    private final ClassLoader loader;
    private final Class<?> runnerType;
    private final Path home;
    private final int httpPort;
    private final String clusterName;
    private Object runner;

    private OpenSearchNode(ClassLoader loader, Class<?> runnerType, Path home, int httpPort, String clusterName,
                           Object runner) {
        this.address = "localhost:" + httpPort;
        this.loader = loader;
        this.runnerType = runnerType;
        this.home = home;
        this.httpPort = httpPort;
        this.clusterName = clusterName;
        this.runner = runner;
    }

    /** The shared node, started on first use. */
    public static OpenSearchNode shared() {
        OpenSearchNode node = shared;
        if (node == null) {
            synchronized (OpenSearchNode.class) {
                node = shared;
                if (node == null) {
                    node = start();
                    shared = node;
                }
            }
        }
        return node;
    }

    /**
     * A node of its own for a test that stops and starts it (an outage), which the shared node must never be: its
     * data folder and HTTP port are kept across {@link #restart()}, so the indexes survive as a real cluster's would.
     */
    public static OpenSearchNode dedicated() {
        try {
            return start(Files.createTempDirectory("opensearch-dedicated"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code host:port} of the node's HTTP interface (plain HTTP, no security plugin). */
    public String address() {
        return address;
    }

    /** Stops the node, as an outage would: its port refuses connections until {@link #restart()}. */
    public synchronized void stop() {
        if (runner != null) {
            try {
                runnerType.getMethod("close").invoke(runner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The OpenSearch node did not stop", e);
            }
            runner = null;
        }
    }

    /** Starts the stopped node again on the same port and data, and waits until it serves. */
    public synchronized void restart() {
        if (runner == null) {
            runner = run(loader, runnerType, home, httpPort, clusterName);
        }
    }

    private static OpenSearchNode start() {
        try {
            // A free port rather than the runner's search from 9200, which can take one another process is taking.
            return start(Files.createTempDirectory("opensearch-node"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenSearchNode start(Path home, int httpPort) {
        try {
            ClassLoader loader = new URLClassLoader("opensearch-node", jars(), ClassLoader.getPlatformClassLoader());
            Class<?> runnerType = loader.loadClass(RUNNER);
            String clusterName = "portal-test-" + ProcessHandle.current().pid() + "-" + home.getFileName();
            Object runner = run(loader, runnerType, home, httpPort, clusterName);
            String port = httpPort(runner, runnerType);
            OpenSearchNode node = new OpenSearchNode(loader, runnerType, home, Integer.parseInt(port), clusterName,
                    runner);
            Runtime.getRuntime().addShutdownHook(new Thread(node::stopAndClean));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The OpenSearch runner's API is not the one this class expects", e);
        }
    }

    private static Object run(ClassLoader loader, Class<?> runnerType, Path home, int httpPort, String clusterName) {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        try {
            // OpenSearch looks up its services (and Log4j its plugins) through the context class loader.
            current.setContextClassLoader(loader);
            Object runner = runnerType.getConstructor().newInstance();
            Object configs = runnerType.getMethod("newConfigs").invoke(null);
            Class<?> configsType = configs.getClass();
            configs = configsType.getMethod("basePath", String.class).invoke(configs, home.toString());
            configs = configsType.getMethod("numOfNode", int.class).invoke(configs, 1);
            if (httpPort > 0) {
                // The runner gives its n-th node the base port plus n; with no highest port it takes that one as it
                // is instead of looking for a free one between 9200 and 9299.
                configs = configsType.getMethod("baseHttpPort", int.class).invoke(configs, httpPort - 1);
                runnerType.getMethod("setMaxHttpPort", int.class).invoke(runner, -1);
            }
            configs = configsType.getMethod("clusterName", String.class).invoke(configs, clusterName);
            configs = configsType.getMethod("moduleTypes", String.class).invoke(configs, MODULES);
            configs = configsType.getMethod("disableESLogger").invoke(configs);
            runnerType.getMethod("build", configsType).invoke(runner, configs);
            runnerType.getMethod("ensureYellow", String[].class).invoke(runner, (Object) new String[0]);
            return runner;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The test OpenSearch node did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The OpenSearch runner's API is not the one this class expects", e);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    private static String httpPort(Object runner, Class<?> runnerType) throws ReflectiveOperationException {
        Object node = runnerType.getMethod("node").invoke(runner);
        Object settings = node.getClass().getMethod("settings").invoke(node);
        return (String) settings.getClass().getMethod("get", String.class).invoke(settings, "http.port");
    }

    private synchronized void stopAndClean() {
        try {
            stop();
        } catch (RuntimeException e) {
            // The JVM is ending; the folder is deleted all the same.
        }
        deleteRecursively(home);
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the operating system's clean-up of temporary files.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static URL[] jars() throws IOException {
        String lib = System.getProperty("opensearch.node.lib");
        if (lib == null || !Files.isDirectory(Path.of(lib))) {
            throw new IllegalStateException("opensearch.node.lib names no folder of jars (" + lib
                    + "): run the tests through Maven, which builds the opensearch-node module first");
        }
        try (Stream<Path> files = Files.list(Path.of(lib))) {
            return files.filter(file -> file.toString().endsWith(".jar")).map(OpenSearchNode::url).toArray(URL[]::new);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }
}
