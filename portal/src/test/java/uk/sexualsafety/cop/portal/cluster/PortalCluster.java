package uk.sexualsafety.cop.portal.cluster;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.sexualsafety.cop.db.testing.TestDatabase;
import uk.sexualsafety.cop.portal.Application;
import uk.sexualsafety.cop.portal.TestAccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two portal nodes in the test JVM, as a load balancer would see them: each its own Spring Boot application on its
 * own port with its own Vaadin state and search index folder, both on the one test database. Started once per JVM,
 * on first use, and stopped with it.
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
        PortalCluster cluster = new PortalCluster(node("a"), node("b"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.first.context().close();
            cluster.second.context().close();
        }, "portal-cluster-stop"));
        return cluster;
    }

    private static Node node(String name) {
        TestDatabase.Connection database = TestDatabase.connection();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "test");
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("portal.search.index-directory", "target/test-index/node-" + name + "-" + UUID.randomUUID());
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, TestAccounts.class)
                .run(arguments.toArray(String[]::new));
        return new Node(name, context);
    }
}
