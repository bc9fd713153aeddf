package uk.sexualsafety.cop.portal.cluster;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.sexualsafety.cop.db.testing.TestDatabase;
import uk.sexualsafety.cop.portal.Application;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.search.engine.OpenSearchNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two portal nodes in the test JVM, as a load balancer would see them: each its own Spring Boot application on its
 * own port with its own Vaadin state, both on the one test database and one OpenSearch index (the node in this JVM),
 * kept up to date through the outbox as in production (decision 037). Started once per JVM, on first use, and
 * stopped with it.
 */
public final class PortalCluster {

    /** One node: its address and its beans. */
    public record Node(String name, ConfigurableApplicationContext context) {

        public String baseUrl() {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        }

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    private static final class Holder {
        static final PortalCluster CLUSTER = started();
    }

    private final Node first;
    private final Node second;
    private final String indexPrefix;

    private PortalCluster(Node first, Node second, String indexPrefix) {
        this.first = first;
        this.second = second;
        this.indexPrefix = indexPrefix;
    }

    public static PortalCluster running() {
        return Holder.CLUSTER;
    }

    public Node nodeA() {
        return first;
    }

    public Node nodeB() {
        return second;
    }

    /**
     * Starts one more node of this cluster, for a test that kills it; A and B stay up for the others. It indexes
     * nothing itself (another node's outbox agent does), so that its death delays no other node's indexing.
     */
    Node extraNode(String name) {
        Map<String, Object> settings = settings(TestDatabase.connection(), OpenSearchNode.shared(), indexPrefix);
        settings.put("spring.jpa.properties.hibernate.search.coordination.event_processor.enabled", "false");
        // Killed, not stopped politely: requests in flight are cut off.
        settings.put("server.shutdown", "immediate");
        return start(name, settings);
    }

    private static PortalCluster started() {
        // Indexes of their own: other tests' contexts on the same node must not see this cluster's documents.
        String indexPrefix = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        PortalCluster cluster = new PortalCluster(node("a", indexPrefix), node("b", indexPrefix), indexPrefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.first.context().close();
            cluster.second.context().close();
        }, "portal-cluster-stop"));
        return cluster;
    }

    private static Node node(String name, String indexPrefix) {
        return start(name, settings(TestDatabase.connection(), OpenSearchNode.shared(), indexPrefix));
    }

    /**
     * The settings of a node on this database and OpenSearch node, with the given index names' prefix, indexing
     * through the outbox as in production. Nodes on one database must share one index: any of them may index any
     * node's change.
     */
    static Map<String, Object> settings(TestDatabase.Connection database, OpenSearchNode engine, String indexPrefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "test");
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("portal.search.engine", "opensearch");
        properties.put("portal.search.opensearch.uris", "http://" + engine.address());
        properties.put("portal.search.opensearch.index-prefix", indexPrefix);
        // Changes reach the index through the outbox, whichever node made them, as in production.
        properties.put("portal.search.coordination-strategy", "outbox-polling");
        // Which the outbox refuses to combine with the other tests' "index in the committing thread".
        properties.put("portal.search.synchronization-strategy", "");
        return properties;
    }

    /** Starts a portal node with these settings: a Spring Boot application of its own in this JVM. */
    static Node start(String name, Map<String, Object> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestAccounts.class,
                SignedIn.class)
                .run(arguments.toArray(String[]::new));
        return new Node(name, context);
    }
}
