package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.search.analysis.OpenSearchAnalysisConfigurer;
import uk.sexualsafety.cop.search.analysis.PortalAnalysisConfigurer;
import uk.sexualsafety.cop.search.engine.ClusterTrust;
import uk.sexualsafety.cop.search.engine.OpenSearchProbe;
import uk.sexualsafety.cop.search.engine.PrefixedIndexLayout;
import uk.sexualsafety.cop.search.engine.SearchEngine;
import uk.sexualsafety.cop.search.engine.TrustingClientConfigurer;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;
import uk.sexualsafety.cop.search.mapping.SearchMappingConfigurer;

import java.util.List;
import java.util.Map;

/**
 * Wires Hibernate Search into the application's Hibernate set-up: the engine {@code portal.search.engine} chooses (a
 * Lucene backend in a local folder, or the Elasticsearch backend on an OpenSearch cluster, asked first whether it is
 * there and of a supported version), this module's analysers for that engine and its programmatic mapping of every
 * content type; and the {@link SearchService} of that engine. Values already present, from
 * {@code spring.jpa.properties.hibernate.search.*}, are left alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String URIS = "hibernate.search.backend.uris";
    static final String USERNAME = "hibernate.search.backend.username";
    static final String PASSWORD = "hibernate.search.backend.password";
    static final String VERSION = "hibernate.search.backend.version";
    static final String LAYOUT_STRATEGY = "hibernate.search.backend.layout.strategy";
    static final String LUCENE_VERSION = "hibernate.search.backend.lucene_version";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
    static final String ANALYSIS_CONFIGURER = "hibernate.search.backend.analysis.configurer";
    static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";
    static final String SYNCHRONIZATION_STRATEGY = "hibernate.search.indexing.plan.synchronization.strategy";
    static final String COORDINATION_STRATEGY = "hibernate.search.coordination.strategy";
    static final String OUTBOX_POLLING = "outbox-polling";
    static final String CONNECTION_TIMEOUT = "hibernate.search.backend.connection_timeout";
    /**
     * A cluster that does not accept a connection within a second counts as unreachable, so that a person's search
     * fails at once (decision 043); one that accepts but does not answer is bounded per search instead, because the
     * client's read time limit also covers creating indexes and bulk writes, which take longer on a busy cluster.
     */
    static final String CONNECTION_TIMEOUT_MS = "1000";
    static final String OUTBOX_EVENT_UUID_TYPE = "hibernate.search.coordination.entity.mapping.outboxevent.uuid_type";
    static final String INDEX_SETTINGS_FILE = "hibernate.search.backend.schema_management.settings_file";
    static final String POLLING_INTERVAL = "hibernate.search.coordination.event_processor.polling_interval";
    static final String PULSE_EXPIRATION = "hibernate.search.coordination.event_processor.pulse_expiration";

    /**
     * OpenSearch makes what was indexed searchable at its next refresh, once a second by default, and the outbox's
     * processor never asks for one: a change was found on another node after 1.1 s at the median and 1.5 s at p95
     * (decision 045). Refreshing every 200 ms brings a change within reach of every node's search moments after it
     * is processed; a refresh with nothing new costs next to nothing, and the portal writes little.
     */
    static final String OPENSEARCH_INDEX_SETTINGS = "uk/sexualsafety/cop/search/engine/opensearch-index-settings.json";
    /** Milliseconds between two looks at the outbox when it was empty (Hibernate Search's default is 100). */
    static final int OUTBOX_POLLING_INTERVAL_MS = 50;
    /**
     * Milliseconds after its last pulse that a node counts as gone and its share of the outbox passes to the others
     * (Hibernate Search's default is 30 s, during which a dead node's share of the changes waits); pulses come every
     * 2 s, so a node must miss five in a row.
     */
    static final int OUTBOX_PULSE_EXPIRATION_MS = 10_000;

    /** The Lucene the backend ships (9.12.x); set so that an upgrade never silently changes analysis. */
    static final String LUCENE_9_12 = "LUCENE_9_12";

    static final String CLIENT_CONFIGURER = "hibernate.search.backend.client.configurer";

    /**
     * Asks a cluster, trusting what {@code trust} accepts over https, for its version: {@code uris, username,
     * password -> version}, refusing what cannot be used.
     */
    interface ClusterProbe {
        String version(ClusterTrust trust, String uris, String username, String password);
    }

    @Bean
    HibernatePropertiesCustomizer searchHibernateProperties(SearchProperties properties,
                                                            List<ContentIndexMapping> mappings) {
        return hibernateProperties -> apply(hibernateProperties, properties, mappings,
                (trust, uris, username, password) -> new OpenSearchProbe(trust).version(uris, username, password));
    }

    /** The one search, on the engine chosen at start-up; nothing that uses it knows which. */
    @Bean
    SearchService searchService(SearchProperties properties, EntityManagerFactory entityManagerFactory,
                                List<ContentIndexMapping> mappings) {
        return switch (SearchEngine.of(properties.engine())) {
            case LUCENE -> new LuceneSearchService(entityManagerFactory, mappings);
            case OPENSEARCH -> new OpenSearchSearchService(entityManagerFactory, mappings);
        };
    }

    static void apply(Map<String, Object> hibernateProperties, SearchProperties properties,
                      List<ContentIndexMapping> mappings) {
        apply(hibernateProperties, properties, mappings, (trust, uris, username, password) -> {
            throw new IllegalStateException("No cluster to ask");
        });
    }

    static void apply(Map<String, Object> hibernateProperties, SearchProperties properties,
                      List<ContentIndexMapping> mappings, ClusterProbe probe) {
        switch (SearchEngine.of(properties.engine())) {
            case LUCENE -> {
                hibernateProperties.putIfAbsent(BACKEND_TYPE, "lucene");
                hibernateProperties.putIfAbsent(LUCENE_VERSION, LUCENE_9_12);
                hibernateProperties.putIfAbsent(DIRECTORY_ROOT, properties.indexDirectory());
                hibernateProperties.putIfAbsent(ANALYSIS_CONFIGURER,
                        BeanReference.ofInstance(new PortalAnalysisConfigurer()));
            }
            case OPENSEARCH -> {
                SearchProperties.OpenSearch cluster = properties.opensearch();
                // Before Hibernate Search starts, so that a cluster that cannot be used stops the start-up at once.
                ClusterTrust trust = ClusterTrust.of(cluster.certificateAuthority());
                String version = probe.version(trust, cluster.uris(), cluster.username(), cluster.password());
                hibernateProperties.putIfAbsent(BACKEND_TYPE, "elasticsearch");
                hibernateProperties.putIfAbsent(URIS, cluster.uris());
                putIfSet(hibernateProperties, USERNAME, cluster.username());
                putIfSet(hibernateProperties, PASSWORD, cluster.password());
                hibernateProperties.putIfAbsent(VERSION, "opensearch:" + version);
                hibernateProperties.putIfAbsent(CONNECTION_TIMEOUT, CONNECTION_TIMEOUT_MS);
                hibernateProperties.putIfAbsent(CLIENT_CONFIGURER,
                        BeanReference.ofInstance(new TrustingClientConfigurer(trust)));
                hibernateProperties.putIfAbsent(LAYOUT_STRATEGY,
                        BeanReference.ofInstance(new PrefixedIndexLayout(cluster.indexPrefix())));
                hibernateProperties.putIfAbsent(ANALYSIS_CONFIGURER,
                        BeanReference.ofInstance(new OpenSearchAnalysisConfigurer()));
                hibernateProperties.putIfAbsent(INDEX_SETTINGS_FILE, OPENSEARCH_INDEX_SETTINGS);
                // Several nodes share the cluster: each indexes what any of them changed, through the outbox (V6).
                putIfSet(hibernateProperties, COORDINATION_STRATEGY, properties.coordinationStrategy());
                hibernateProperties.putIfAbsent(COORDINATION_STRATEGY, OUTBOX_POLLING);
            }
        }
        hibernateProperties.putIfAbsent(MAPPING_CONFIGURER,
                BeanReference.ofInstance(new SearchMappingConfigurer(mappings)));
        putIfSet(hibernateProperties, SYNCHRONIZATION_STRATEGY, properties.synchronizationStrategy());
        putIfSet(hibernateProperties, COORDINATION_STRATEGY, properties.coordinationStrategy());
        if (OUTBOX_POLLING.equals(hibernateProperties.get(COORDINATION_STRATEGY))) {
            // The V6 migration made the id columns MariaDB's UUID type, which Hibernate Search merely defaults to.
            // In 8.2 this key sets the agent table's id type too (the agent's own key is read nowhere).
            hibernateProperties.putIfAbsent(OUTBOX_EVENT_UUID_TYPE, "UUID");
            // How soon a change made on one node reaches the shared index (decision 045).
            hibernateProperties.putIfAbsent(POLLING_INTERVAL, String.valueOf(OUTBOX_POLLING_INTERVAL_MS));
            hibernateProperties.putIfAbsent(PULSE_EXPIRATION, String.valueOf(OUTBOX_PULSE_EXPIRATION_MS));
        }
    }

    private static void putIfSet(Map<String, Object> hibernateProperties, String key, String value) {
        if (value != null && !value.isBlank()) {
            hibernateProperties.putIfAbsent(key, value);
        }
    }
}
