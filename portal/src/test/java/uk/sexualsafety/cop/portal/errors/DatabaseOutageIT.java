package uk.sexualsafety.cop.portal.errors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.Application;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.account.YourData;
import uk.sexualsafety.cop.portal.account.TemporaryExports;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The portal on a database server of its own, which the test stops and starts again: health goes DOWN, pages
 * answer calmly with 503, and everything works again once the database is back, without a restart. The context is
 * closed afterwards: cached, its session clean-up would keep calling the stopped server for the rest of the run.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.hikari.connection-timeout=2000")
@ActiveProfiles("test")
@Import({TestAccounts.class, SignedIn.class})
@DirtiesContext
class DatabaseOutageIT {

    private static final Path DATA = Path.of("target", "outage-mariadb", UUID.randomUUID().toString());
    private static final int PORT = freePort();
    private static EmbeddedMariaDb database = EmbeddedMariaDb.start(PORT, DATA, "portal_outage");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOutageShowsInHealthAndAsACalmPageAndWorkResumesWhenTheDatabaseReturns() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        database.close();
        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> page = getWithSignIn("/sessions");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Please try again in a minute").doesNotContain("Exception");

        database = EmbeddedMariaDb.start(PORT, DATA, "portal_outage");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(getWithSignIn("/sessions").statusCode()).isEqualTo(302);
        });
    }

    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    YourData yourData;

    /** "Download my data" while the database is away: a failure the download page turns into the calm page. */
    @Test
    void aCopyOfSomeonesDataWhileTheDatabaseIsUnreachableFailsAsAnOutageAndLeavesNoFile() throws Exception {
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        var before = TemporaryExports.inTemporaryFolder();

        database.close();
        try {
            assertThatThrownBy(() -> yourData.export())
                    .satisfies(failure -> assertThat(Failures.isDatabaseUnavailable(failure)).isTrue());
            assertThat(TemporaryExports.inTemporaryFolder()).isEqualTo(before);
        } finally {
            signedIn.nobody();
            database = EmbeddedMariaDb.start(PORT, DATA, "portal_outage");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request carrying a sign-in cookie, so that the portal must ask the database who it is. */
    private HttpResponse<String> getWithSignIn(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "PORTAL_SIGNIN=" + UUID.randomUUID()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
