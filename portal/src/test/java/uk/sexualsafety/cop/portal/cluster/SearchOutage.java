package uk.sexualsafety.cop.portal.cluster;

import uk.sexualsafety.cop.db.testing.TestDatabase;
import uk.sexualsafety.cop.search.engine.OpenSearchNode;

import java.util.Map;

/**
 * A portal node on an OpenSearch node of its own, which tests stop and start again as an outage would (the shared
 * node serves every other test and must never stop). Its database is its own too: on a shared one, the cluster's
 * nodes would index its changes into their index, and it theirs into this one. Started once per JVM, on first use.
 */
public final class SearchOutage {

    private static final class Holder {
        static final SearchOutage RUNNING = started();
    }

    private final OpenSearchNode engine;
    private final PortalCluster.Node node;

    private SearchOutage(OpenSearchNode engine, PortalCluster.Node node) {
        this.engine = engine;
        this.node = node;
    }

    public static SearchOutage running() {
        return Holder.RUNNING;
    }

    public PortalCluster.Node node() {
        return node;
    }

    /** The engine goes away: its port refuses connections. */
    public void stopEngine() {
        engine.stop();
    }

    /** The engine comes back with the indexes it had. */
    public void restartEngine() {
        engine.restart();
    }

    private static SearchOutage started() {
        OpenSearchNode engine = OpenSearchNode.dedicated();
        Map<String, Object> settings = PortalCluster.settings(TestDatabase.freshDatabase("outage"), engine, "outage");
        // A change whose indexing failed is tried again after a second, not 30 s, and set aside (aborted) after the
        // third try: so the test's short outage outlasts Hibernate Search's own retries, as a long one would.
        settings.put("spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay", "1");
        PortalCluster.Node node = PortalCluster.start("outage", settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> node.context().close(), "search-outage-stop"));
        return new SearchOutage(engine, node);
    }
}
