package uk.sexualsafety.cop.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One OpenSearch node in the test JVM, started by the first test that needs it and shared by every later one until
 * the JVM ends (starting a node takes seconds; a test class's context takes less).
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

    private OpenSearchNode(String address) {
        this.address = address;
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

    /** {@code host:port} of the node's HTTP interface (plain HTTP, no security plugin). */
    public String address() {
        return address;
    }

    private static OpenSearchNode start() {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        try {
            Path home = Files.createTempDirectory("opensearch-node");
            ClassLoader loader = new URLClassLoader("opensearch-node", jars(), ClassLoader.getPlatformClassLoader());
            // OpenSearch looks up its services (and Log4j its plugins) through the context class loader.
            current.setContextClassLoader(loader);
            Class<?> runnerType = loader.loadClass(RUNNER);
            Object runner = runnerType.getConstructor().newInstance();
            Object configs = runnerType.getMethod("newConfigs").invoke(null);
            Class<?> configsType = configs.getClass();
            configs = configsType.getMethod("basePath", String.class).invoke(configs, home.toString());
            configs = configsType.getMethod("numOfNode", int.class).invoke(configs, 1);
            configs = configsType.getMethod("clusterName", String.class)
                    .invoke(configs, "portal-test-" + ProcessHandle.current().pid());
            configs = configsType.getMethod("moduleTypes", String.class).invoke(configs, MODULES);
            configs = configsType.getMethod("disableESLogger").invoke(configs);
            runnerType.getMethod("build", configsType).invoke(runner, configs);
            runnerType.getMethod("ensureYellow", String[].class).invoke(runner, (Object) new String[0]);
            Object node = runnerType.getMethod("node").invoke(runner);
            Object settings = node.getClass().getMethod("settings").invoke(node);
            String port = (String) settings.getClass().getMethod("get", String.class).invoke(settings, "http.port");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runnerType, runner)));
            return new OpenSearchNode("localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The test OpenSearch node did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The OpenSearch runner's API is not the one this class expects", e);
        } finally {
            current.setContextClassLoader(before);
        }
    }

    private static void stop(Class<?> runnerType, Object runner) {
        try {
            runnerType.getMethod("close").invoke(runner);
            runnerType.getMethod("clean").invoke(runner);
        } catch (ReflectiveOperationException e) {
            // The JVM is ending; the temporary folder is all that may be left behind.
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
