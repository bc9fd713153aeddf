package uk.sexualsafety.cop.search.benchmark;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchTestApplication;
import uk.sexualsafety.cop.search.engine.OpenSearchNode;
import uk.sexualsafety.cop.search.engine.OpenSearchProbe;
import uk.sexualsafety.cop.search.engine.SearchEngine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The same application on the OpenSearch engine, over the benchmark's own database (the corpus already written): a
 * second application context, because Hibernate Search runs one backend type per start (decision 037). Its indexes
 * are on the in-JVM {@link OpenSearchNode}, under a name prefix of their own. Started only after the Lucene engine has
 * been measured, so that the node's threads do not run beside those figures.
 */
final class OpenSearchLeg implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private OpenSearchLeg(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the application on OpenSearch over the database {@code lucene}'s context uses. */
    static OpenSearchLeg beside(Environment lucene) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "test");
        for (String key : new String[] {"spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.flyway.locations"}) {
            properties.put(key, lucene.getRequiredProperty(key));
        }
        properties.put(SearchEngine.SETTING, "opensearch");
        properties.put(OpenSearchProbe.URIS, "http://" + OpenSearchNode.shared().address());
        properties.put("portal.search.opensearch.index-prefix", "bench-" + UUID.randomUUID().toString()
                .substring(0, 8));
        // One application, nothing written while it is measured: no outbox to poll.
        properties.put("portal.search.coordination-strategy", "none");
        // As arguments, which win over every properties file, as the database initializer's settings did.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SearchTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
        return new OpenSearchLeg(context);
    }

    SearchService search() {
        return context.getBean(SearchService.class);
    }

    IndexAdministration administration() {
        return context.getBean(IndexAdministration.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
