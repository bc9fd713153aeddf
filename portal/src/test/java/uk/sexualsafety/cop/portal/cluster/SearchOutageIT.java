package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.search.AbortedIndexingRetry;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.search.SearchTestData;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchUnavailableException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * OpenSearch goes away while the portal runs (decision 043): searches fail within seconds as "unavailable", health
 * says DOWN naming the engine while readiness stays UP (everything else works), changes made meanwhile wait in the
 * outbox, and once the engine is back the index catches up with every one of them.
 */
class SearchOutageIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final SearchOutage outage = SearchOutage.running();
    private final PortalCluster.Node node = outage.node();
    private final SearchTestData data = new SearchTestData(node.context());
    private final String word = SearchTestData.uniqueWord();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void engineBackAndSignedOut() {
        outage.restartEngine();
        node.bean(SignedIn.class).nobody();
    }

    @Test
    void whileOpenSearchIsAwaySearchSaysSoWithinSecondsAndNoChangeMadeMeanwhileIsLost() throws Exception {
        long author = node.bean(TestAccounts.class).create(Role.MEMBER).accountId();
        long story = data.publishedStory("Late shift " + word, "It happened on a ward.",
                ContentWarning.SEXUAL_HARASSMENT);
        node.bean(SignedIn.class).as(node.bean(TestAccounts.class).create(Role.MEMBER).accountId());
        await().pollInSameThread().atMost(CATCH_UP).until(() -> found().contains("STORY:" + story));

        outage.stopEngine();
        long start = System.nanoTime();
        assertThatThrownBy(() -> node.bean(PortalSearch.class).search(SearchQuery.of(word)))
                .isInstanceOf(SearchUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThatThrownBy(() -> node.bean(PortalSearch.class).suggest("late shift " + word))
                .isInstanceOf(SearchUnavailableException.class);

        // Everything else works: a case study is published and a story withdrawn, both kept for the index.
        long caseStudy = data.publishedCaseStudy(author, "Night handover " + word, "She spoke up.",
                Theme.BYSTANDER);
        data.withdrawStory(story);
        assertThat(node.bean(JdbcTemplate.class).queryForObject("select count(*) from hsearch_outbox_event",
                Integer.class)).isPositive();

        outage.restartEngine();
        // The changes' three tries (a second apart here) failed meanwhile; the job hands them back.
        await().pollInSameThread().atMost(CATCH_UP).untilAsserted(() -> {
            node.bean(AbortedIndexingRetry.class).retryAbortedChanges();
            assertThat(found()).contains("CASE_STUDY:" + caseStudy).doesNotContain("STORY:" + story);
        });
    }

    @Test
    void healthSaysTheEngineIsUnreachableWithinTwoSecondsWhileReadinessStaysUp() throws Exception {
        outage.stopEngine();

        long start = System.nanoTime();
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        Duration readinessTook = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        HttpResponse<String> health = get("/actuator/health");
        Duration healthTook = Duration.ofNanos(System.nanoTime() - start);
        Health searchIndex = node.context().getBean("searchIndex", HealthIndicator.class).health();

        assertThat(readinessTook).isLessThan(Duration.ofSeconds(2));
        assertThat(healthTook).isLessThan(Duration.ofSeconds(2));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"searchIndex\":{\"status\":\"DOWN\"");
        assertThat(searchIndex.getStatus()).isEqualTo(Status.DOWN);
        assertThat(searchIndex.getDetails()).containsEntry("engine", "opensearch")
                .containsEntry("error", "OpenSearch cannot be reached");

        outage.restartEngine();
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(get("/actuator/health").statusCode())
                .isEqualTo(200));
    }

    /** What the search finds, as type and id (a story and a case study may have the same id). */
    private List<String> found() {
        return node.bean(PortalSearch.class).search(SearchQuery.of(word)).hits().stream()
                .map(hit -> hit.type() + ":" + hit.id()).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
