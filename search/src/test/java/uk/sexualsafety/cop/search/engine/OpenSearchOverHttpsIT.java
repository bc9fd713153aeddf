package uk.sexualsafety.cop.search.engine;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.testing.TestDatabaseInitializer;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchTestApplication;
import uk.sexualsafety.cop.search.SearchViewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

/**
 * The portal on an OpenSearch cluster as production runs one: https with the installation's own certificate
 * authority, and a user and password. Both the start-up probe and Hibernate Search's client must trust the authority
 * named in the settings and send the credentials.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, OpenSearchOverHttpsIT.OverHttps.class})
@ActiveProfiles("test")
class OpenSearchOverHttpsIT {

    private static final class Door {
        static final TlsFrontDoor OPEN = TlsFrontDoor.before(OpenSearchNode.shared().address());
    }

    @Autowired
    SearchService search;
    @Autowired
    ResourceRepository resources;

    @Test
    void whatIsPublishedIsFoundThroughTheClusterOverHttpsWithTheInstallationsAuthority() {
        int before = Door.OPEN.authenticatedRequests();

        resources.save(publicResource().titled("Bystander training over an encrypted link").build());

        assertThat(search.search(SearchQuery.of("encrypted bystander"), SearchViewer.member()).totalHits())
                .isEqualTo(1);
        assertThat(Door.OPEN.authenticatedRequests()).as("requests through the https front door")
                .isGreaterThan(before);
    }

    @Test
    void theProbeAsksOverHttpsWithTheCredentialsAndTheAuthority() {
        String version = new OpenSearchProbe(ClusterTrust.of(Door.OPEN.certificateAuthority().toString()))
                .version(Door.OPEN.uri(), TlsFrontDoor.USERNAME, TlsFrontDoor.PASSWORD);

        assertThat(version).startsWith(System.getProperty("opensearch.node.major", "3") + ".");
    }

    @Test
    void aCertificateNotSignedByATrustedAuthorityStopsTheStartNamingTheSetting() {
        FailureAnalysis analysis = analysisOf(() -> new OpenSearchProbe()
                .version(Door.OPEN.uri(), TlsFrontDoor.USERNAME, TlsFrontDoor.PASSWORD));

        assertThat(analysis.getDescription()).startsWith("OpenSearch at " + Door.OPEN.uri()
                + " (portal.search.opensearch.uris) presented a certificate the portal does not trust");
        assertThat(analysis.getAction()).contains("portal.search.opensearch.certificate-authority");
    }

    @Test
    void aWrongPasswordStopsTheStartWithoutShowingIt() {
        FailureAnalysis analysis = analysisOf(() -> new OpenSearchProbe(
                ClusterTrust.of(Door.OPEN.certificateAuthority().toString()))
                .version(Door.OPEN.uri(), TlsFrontDoor.USERNAME, "not-the-password"));

        assertThat(analysis.getDescription())
                .isEqualTo("OpenSearch at " + Door.OPEN.uri() + " refused the portal's credentials (HTTP 401).")
                .doesNotContain("not-the-password");
        assertThat(analysis.getAction()).contains("portal.search.opensearch.password");
    }

    @Test
    void anAuthorityFileThatIsNotACertificateStopsTheStartNamingTheSetting() throws IOException {
        Path notPem = Files.writeString(Files.createTempFile("not-an-authority", ".pem"), "just some words");

        FailureAnalysis analysis = analysisOf(() -> ClusterTrust.of(notPem.toString()));

        assertThat(analysis.getDescription()).isEqualTo("portal.search.opensearch.certificate-authority names "
                + notPem + ", but it is not a PEM file of certificates.");
    }

    private static FailureAnalysis analysisOf(Runnable start) {
        Throwable failure = catchThrowable(start::run);
        assertThat(failure).isInstanceOf(SearchEngineStartupException.class);
        // As Spring Boot sees it: wrapped in the failure of the bean that was being created.
        FailureAnalysis analysis = new SearchEngineFailureAnalyzer()
                .analyze(new IllegalStateException("Error creating bean", failure));
        assertThat(analysis).isNotNull();
        return analysis;
    }

    /** The test context's engine: the node behind the https front door. */
    static final class OverHttps implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("overHttps", Map.of(
                    SearchEngine.SETTING, "opensearch",
                    OpenSearchProbe.URIS, Door.OPEN.uri(),
                    OpenSearchProbe.USERNAME, TlsFrontDoor.USERNAME,
                    OpenSearchProbe.PASSWORD, TlsFrontDoor.PASSWORD,
                    ClusterTrust.CERTIFICATE_AUTHORITY, Door.OPEN.certificateAuthority().toString(),
                    "portal.search.opensearch.index-prefix", "https-" + UUID.randomUUID().toString().substring(0, 8),
                    "portal.search.coordination-strategy", "none",
                    "portal.search.synchronization-strategy", "read-sync")));
        }
    }
}
