package uk.sexualsafety.cop.portal.errors;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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
import uk.sexualsafety.cop.portal.throttle.AtOnce;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The portal on a database server of its own, which the test stops and starts again: health goes DOWN, pages
 * answer calmly with 503, and everything works again once the database is back, without a restart. The portal's
 * own time limits are used (application.properties), so that the times people and probes wait are tested. The context is
 * closed afterwards: cached, its session clean-up would keep calling the stopped server for the rest of the run.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void underLoadAnOutageIsToldWithinSecondsToProbesPeopleAndAnActionInFlightAndThePortalRecovers()
            throws Exception {
        CompletableFuture<Throwable> inFlight = CompletableFuture.supplyAsync(this::anActionThatWaitsOnTheDatabase);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from "
                + "information_schema.processlist where info like 'select sleep(%'", Integer.class) > 0);

        database.close();
        Timed<HttpResponse<String>> health = timed(() -> get("/actuator/health"));
        Timed<HttpResponse<String>> readiness = timed(() -> get("/actuator/health/readiness"));
        List<Timed<HttpResponse<String>>> people = AtOnce.run(20, person -> timed(() -> getWithSignIn(
                "/stories/your-story")));
        Throwable actionFailure = inFlight.get(5, TimeUnit.SECONDS);

        assertThat(health.took()).isLessThan(Duration.ofSeconds(2));
        assertThat(health.answer().statusCode()).isEqualTo(503);
        assertThat(health.answer().body()).contains("\"DOWN\"");
        assertThat(readiness.took()).isLessThan(Duration.ofSeconds(2));
        assertThat(readiness.answer().statusCode()).isEqualTo(503);
        assertThat(readiness.answer().body()).contains("\"DOWN\"");
        assertThat(people).allSatisfy(person -> {
            assertThat(person.took()).isLessThan(Duration.ofSeconds(5));
            assertThat(person.answer().statusCode()).isEqualTo(503);
            assertThat(person.answer().body()).contains("cannot reach its database");
        });
        assertThat(PortalErrorHandler.messageFor(actionFailure)).isEqualTo(PortalErrorHandler.DATABASE_UNAVAILABLE);

        database = EmbeddedMariaDb.start(PORT, DATA, "portal_outage");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(getWithSignIn("/stories/your-story").statusCode()).isIn(200, 302);
        });
    }

    /** A person's action whose statement is still running when the database goes: what it throws. */
    private Throwable anActionThatWaitsOnTheDatabase() {
        try {
            transaction.executeWithoutResult(status -> entityManager.createNativeQuery("select sleep(15)")
                    .getSingleResult());
            return new AssertionError("the action finished although the database went away");
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private record Timed<T>(T answer, Duration took) {
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> Timed<T> timed(Call<T> call) {
        long start = System.nanoTime();
        try {
            T answer = call.call();
            return new Timed<>(answer, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
