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

    private PortalCluster(Node first, Node second) {
        this.first = first;
        this.second = second;
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

    private static PortalCluster started() {
        // Indexes of their own: other tests' contexts on the same node must not see this cluster's documents.
        String indexPrefix = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        PortalCluster cluster = new PortalCluster(node("a", indexPrefix), node("b", indexPrefix));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.first.context().close();
            cluster.second.context().close();
        }, "portal-cluster-stop"));
        return cluster;
    }

    private static Node node(String name, String indexPrefix) {
        TestDatabase.Connection database = TestDatabase.connection();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "test");
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("portal.search.engine", "opensearch");
        properties.put("portal.search.opensearch.uris", "http://" + OpenSearchNode.shared().address());
        properties.put("portal.search.opensearch.index-prefix", indexPrefix);
        // Changes reach the index through the outbox, whichever node made them, as in production.
        properties.put("portal.search.coordination-strategy", "outbox-polling");
        // Which the outbox refuses to combine with the other tests' "index in the committing thread".
        properties.put("portal.search.synchronization-strategy", "");
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestAccounts.class,
                SignedIn.class)
                .run(arguments.toArray(String[]::new));
        return new Node(name, context);
    }
}
