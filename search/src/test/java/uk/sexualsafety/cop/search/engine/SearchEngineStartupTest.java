package uk.sexualsafety.cop.search.engine;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchEngineStartupTest {

    private final SearchEngineFailureAnalyzer analyzer = new SearchEngineFailureAnalyzer();

    @Test
    void theEngineIsLuceneUnlessOpenSearchIsNamedInAnyCase() {
        assertThat(SearchEngine.of(null)).isEqualTo(SearchEngine.LUCENE);
        assertThat(SearchEngine.of(" ")).isEqualTo(SearchEngine.LUCENE);
        assertThat(SearchEngine.of("Lucene")).isEqualTo(SearchEngine.LUCENE);
        assertThat(SearchEngine.of(" OpenSearch ")).isEqualTo(SearchEngine.OPENSEARCH);
    }

    @Test
    void anUnknownEngineStopsTheStartNamingTheSettingAndTheEnginesThatExist() {
        FailureAnalysis analysis = analysisOf(() -> SearchEngine.of("elastic"));

        assertThat(analysis.getDescription())
                .isEqualTo("portal.search.engine is \"elastic\", which is not a search engine the portal knows.");
        assertThat(analysis.getAction()).contains("portal.search.engine").contains("lucene, opensearch");
    }

    @Test
    void anUnreachableClusterStopsTheStartNamingTheAddressAndTheSetting() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String address = "http://127.0.0.1:" + closedPort;

        FailureAnalysis analysis = analysisOf(() -> new OpenSearchProbe().version(address, "portal", "secret"));

        assertThat(analysis.getDescription())
                .startsWith("The portal could not reach OpenSearch at " + address + " (portal.search.opensearch.uris)")
                .doesNotContain("secret");
        assertThat(analysis.getAction()).contains("portal.search.opensearch.uris");
    }

    @Test
    void openSearchWithoutAnAddressStopsTheStartNamingTheSetting() {
        FailureAnalysis analysis = analysisOf(() -> new OpenSearchProbe().version(" ", null, null));

        assertThat(analysis.getDescription())
                .isEqualTo("portal.search.engine is opensearch, but portal.search.opensearch.uris is not set.");
    }

    @Test
    void anOpenSearchOutsideTheSupportedMajorsIsRefusedWithTheVersionsThatWork() {
        FailureAnalysis analysis = analysisOf(() -> OpenSearchProbe.supportedVersion("https://search:9200", 200,
                "{\"version\":{\"distribution\":\"opensearch\",\"number\":\"1.3.20\"}}"));

        assertThat(analysis.getDescription())
                .isEqualTo("The search cluster at https://search:9200 is opensearch 1.3.20, which the portal does not "
                        + "support.");
        assertThat(analysis.getAction()).contains("OpenSearch 2.x and 3.x");
    }

    @Test
    void elasticsearchIsRefusedThoughTheBackendCouldTalkToIt() {
        assertThatThrownBy(() -> OpenSearchProbe.supportedVersion("https://search:9200", 200,
                "{\"version\":{\"number\":\"8.15.0\"}}"))
                .hasMessageContaining("is elasticsearch 8.15.0, which the portal does not support");
    }

    @Test
    void openSearchTwoAndThreeAreAccepted() {
        assertThat(OpenSearchProbe.supportedVersion("x", 200,
                "{\"version\":{\"distribution\":\"opensearch\",\"number\":\"2.19.1\"}}")).isEqualTo("2.19.1");
        assertThat(OpenSearchProbe.supportedVersion("x", 200,
                "{\"version\":{\"distribution\":\"opensearch\",\"number\":\"3.3.0\"}}")).isEqualTo("3.3.0");
    }

    @Test
    void aServiceThatIsNotOpenSearchIsNamedAsSuch() {
        assertThatThrownBy(() -> OpenSearchProbe.supportedVersion("https://search:9200", 404, "<html>nope</html>"))
                .hasMessage("The service at https://search:9200 (portal.search.opensearch.uris) did not answer as "
                        + "OpenSearch does (HTTP 404).");
    }

    @Test
    void theAnalyzerLeavesOtherFailuresToOthers() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }

    @Test
    void anIndexPrefixThatCannotBeginAnIndexNameIsRefused() {
        assertThatThrownBy(() -> new PrefixedIndexLayout("Portal Live"))
                .isInstanceOf(SearchEngineStartupException.class)
                .hasMessageContaining("portal.search.opensearch.index-prefix");
        assertThat(new PrefixedIndexLayout("portal").createReadAlias("story")).isEqualTo("portal-story-read");
        assertThat(new PrefixedIndexLayout("portal").extractUniqueKeyFromElasticsearchIndexName(
                "portal-case_study-000001")).isEqualTo("case_study");
    }

    private FailureAnalysis analysisOf(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException failure) {
            // As Spring Boot sees it: wrapped in the failure of the bean that was being created.
            FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("Error creating bean", failure));
            assertThat(analysis).isNotNull();
            return analysis;
        }
        throw new AssertionError("The start was not refused");
    }
}
