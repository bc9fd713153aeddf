package uk.sexualsafety.cop.search;

import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.sexualsafety.cop.search.analysis.PortalAnalysisConfigurer;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;
import uk.sexualsafety.cop.search.mapping.SearchMappingConfigurer;

import java.util.List;
import java.util.Map;

/**
 * Wires Hibernate Search into the application's Hibernate set-up: a Lucene backend in a local folder, this module's
 * analysers and its programmatic mapping of every content type. Values already present, from
 * {@code spring.jpa.properties.hibernate.search.*}, are left alone, so that operators can switch to outbox-polling
 * coordination or another backend by configuration alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String LUCENE_VERSION = "hibernate.search.backend.lucene_version";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
    static final String ANALYSIS_CONFIGURER = "hibernate.search.backend.analysis.configurer";
    static final String MAPPING_CONFIGURER = "hibernate.search.mapping.configurer";
    static final String SYNCHRONIZATION_STRATEGY = "hibernate.search.indexing.plan.synchronization.strategy";
    static final String COORDINATION_STRATEGY = "hibernate.search.coordination.strategy";
    static final String OUTBOX_POLLING = "outbox-polling";
    static final String OUTBOX_EVENT_UUID_TYPE = "hibernate.search.coordination.entity.mapping.outboxevent.uuid_type";

    /** The Lucene the backend ships (9.12.x); set so that an upgrade never silently changes analysis. */
    static final String LUCENE_9_12 = "LUCENE_9_12";

    @Bean
    HibernatePropertiesCustomizer searchHibernateProperties(SearchProperties properties,
                                                            List<ContentIndexMapping> mappings) {
        return hibernateProperties -> apply(hibernateProperties, properties, mappings);
    }

    static void apply(Map<String, Object> hibernateProperties, SearchProperties properties,
                      List<ContentIndexMapping> mappings) {
        hibernateProperties.putIfAbsent(BACKEND_TYPE, "lucene");
        hibernateProperties.putIfAbsent(LUCENE_VERSION, LUCENE_9_12);
        hibernateProperties.putIfAbsent(DIRECTORY_ROOT, properties.indexDirectory());
        hibernateProperties.putIfAbsent(ANALYSIS_CONFIGURER, BeanReference.ofInstance(new PortalAnalysisConfigurer()));
        hibernateProperties.putIfAbsent(MAPPING_CONFIGURER,
                BeanReference.ofInstance(new SearchMappingConfigurer(mappings)));
        putIfSet(hibernateProperties, SYNCHRONIZATION_STRATEGY, properties.synchronizationStrategy());
        putIfSet(hibernateProperties, COORDINATION_STRATEGY, properties.coordinationStrategy());
        if (OUTBOX_POLLING.equals(hibernateProperties.get(COORDINATION_STRATEGY))) {
            // The V6 migration made the id columns MariaDB's UUID type, which Hibernate Search merely defaults to.
            // In 8.2 this key sets the agent table's id type too (the agent's own key is read nowhere).
            hibernateProperties.putIfAbsent(OUTBOX_EVENT_UUID_TYPE, "UUID");
        }
    }

    private static void putIfSet(Map<String, Object> hibernateProperties, String key, String value) {
        if (value != null && !value.isBlank()) {
            hibernateProperties.putIfAbsent(key, value);
        }
    }
}
