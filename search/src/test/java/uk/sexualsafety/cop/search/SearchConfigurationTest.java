package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.search.engine.SearchEngineStartupException;
import uk.sexualsafety.cop.search.resource.ResourceIndexMapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchConfigurationTest {

    @Test
    void setsALuceneBackendInTheConfiguredFolder() {
        Map<String, Object> properties = new HashMap<>();

        SearchConfiguration.apply(properties, new SearchProperties("/srv/index", null, null),
                List.of(new ResourceIndexMapping()));

        assertThat(properties)
                .containsEntry(SearchConfiguration.BACKEND_TYPE, "lucene")
                .containsEntry(SearchConfiguration.LUCENE_VERSION, "LUCENE_9_12")
                .containsEntry(SearchConfiguration.DIRECTORY_ROOT, "/srv/index")
                .containsKeys(SearchConfiguration.ANALYSIS_CONFIGURER, SearchConfiguration.MAPPING_CONFIGURER)
                .doesNotContainKeys(SearchConfiguration.SYNCHRONIZATION_STRATEGY,
                        SearchConfiguration.COORDINATION_STRATEGY);
    }

    @Test
    void portalSettingsApplyAndExplicitHibernateSettingsWin() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(SearchConfiguration.DIRECTORY_ROOT, "/explicit");
        properties.put(SearchConfiguration.SYNCHRONIZATION_STRATEGY, "sync");

        SearchConfiguration.apply(properties, new SearchProperties("/srv/index", "write-sync", "outbox-polling"),
                List.of());

        assertThat(properties)
                .containsEntry(SearchConfiguration.DIRECTORY_ROOT, "/explicit")
                .containsEntry(SearchConfiguration.SYNCHRONIZATION_STRATEGY, "sync")
                .containsEntry(SearchConfiguration.COORDINATION_STRATEGY, "outbox-polling")
                .containsEntry(SearchConfiguration.OUTBOX_EVENT_UUID_TYPE, "UUID");
    }

    @Test
    void openSearchUsesTheElasticsearchBackendOnTheClusterWithTheOutboxAndTheVersionItAnswered() {
        assertThat(openSearchOnThreeThree())
                .containsEntry(SearchConfiguration.BACKEND_TYPE, "elasticsearch")
                .containsEntry(SearchConfiguration.URIS, "https://search.internal:9200")
                .containsEntry(SearchConfiguration.USERNAME, "portal")
                .containsEntry(SearchConfiguration.PASSWORD, "secret")
                .containsEntry(SearchConfiguration.VERSION, "opensearch:3.3.0")
                .containsEntry(SearchConfiguration.COORDINATION_STRATEGY, "outbox-polling")
                .containsEntry(SearchConfiguration.OUTBOX_EVENT_UUID_TYPE, "UUID")
                .containsEntry(SearchConfiguration.POLLING_INTERVAL, "50")
                .containsEntry(SearchConfiguration.PULSE_EXPIRATION, "10000")
                .containsEntry(SearchConfiguration.INDEX_SETTINGS_FILE, SearchConfiguration.OPENSEARCH_INDEX_SETTINGS)
                .containsKeys(SearchConfiguration.ANALYSIS_CONFIGURER, SearchConfiguration.LAYOUT_STRATEGY,
                        SearchConfiguration.CLIENT_CONFIGURER)
                .doesNotContainKeys(SearchConfiguration.DIRECTORY_ROOT, SearchConfiguration.LUCENE_VERSION);
    }

    @Test
    void aClusterThatAcceptsNoConnectionWithinASecondCountsAsUnreachable() {
        assertThat(openSearchOnThreeThree())
                .containsEntry(SearchConfiguration.CONNECTION_TIMEOUT, "1000");
    }

    @Test
    void aClusterThatCannotBeUsedStopsTheConfigurationBeforeHibernateSearchIsSetUp() {
        Map<String, Object> properties = new HashMap<>();
        SearchProperties settings = new SearchProperties("opensearch", "/srv/index", null, null,
                new SearchProperties.OpenSearch("https://search.internal:9200", null, null, "portal", null));

        assertThatThrownBy(() -> SearchConfiguration.apply(properties, settings, List.of(),
                (trust, uris, username, password) -> {
                    throw new SearchEngineStartupException("unreachable", "start it");
                })).isInstanceOf(SearchEngineStartupException.class);
        assertThat(properties).isEmpty();
    }

    /** The properties for a cluster at https://search.internal:9200 that answers as OpenSearch 3.3.0. */
    private static Map<String, Object> openSearchOnThreeThree() {
        Map<String, Object> properties = new HashMap<>();
        SearchProperties settings = new SearchProperties("opensearch", "/srv/index", null, null,
                new SearchProperties.OpenSearch("https://search.internal:9200", "portal", "secret", "portal", null));
        SearchConfiguration.apply(properties, settings, List.of(new ResourceIndexMapping()),
                (trust, uris, username, password) -> "3.3.0");
        return properties;
    }
}
