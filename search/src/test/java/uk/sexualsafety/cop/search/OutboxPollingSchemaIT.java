package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import uk.sexualsafety.cop.db.resource.ResourceRepository;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

/**
 * The scale-out configuration: Hibernate Search coordinates through outbox tables in the database. Starting at all
 * proves that the V6 migration matches Hibernate's mapping of those tables ({@code ddl-auto=validate}).
 */
@SearchIntegrationTest
@TestPropertySource(properties = {
        "portal.search.coordination-strategy=outbox-polling",
        // Outbox polling always indexes asynchronously and refuses a synchronisation strategy.
        "portal.search.synchronization-strategy="})
@DirtiesContext // stops this context's polling agent once done
class OutboxPollingSchemaIT {

    @Autowired
    SearchService search;

    @Autowired
    ResourceRepository resources;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changesReachTheIndexThroughTheOutbox() {
        resources.save(publicResource().titled("Platypus guide").build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(search.search(SearchQuery.of("platypus"), SearchViewer.anonymous()).totalHits())
                        .isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hsearch_agent", Long.class)).isPositive();
    }
}
