package uk.sexualsafety.cop.search.engine;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;
import java.util.UUID;

/**
 * Points a test's application context at the shared {@link OpenSearchNode} instead of a local Lucene folder, with
 * indexes of its own (a fresh name prefix), so that contexts never see each other's documents.
 */
public class OpenSearchEngineInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("openSearchEngine", Map.of(
                SearchEngine.SETTING, "opensearch",
                OpenSearchProbe.URIS, "http://" + OpenSearchNode.shared().address(),
                "portal.search.opensearch.index-prefix", prefix,
                // Indexing in the committing thread.
                // The outbox's own start-up is tested on its own (OutboxPollingSchemaIT).
                "portal.search.coordination-strategy", "none",
                // Visible at once (a refresh) without a disk sync per write, which only durability needs.
                "portal.search.synchronization-strategy", "read-sync")));
    }
}
