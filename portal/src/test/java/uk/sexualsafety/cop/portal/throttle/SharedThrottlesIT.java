package uk.sexualsafety.cop.portal.throttle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.portal.DatabaseRows;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle.Verdict;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttles on two nodes, as a cluster runs them: each node its own store and throttle objects, both on one database.
 * Each test uses a throttle name of its own, so that counts from other tests cannot meet it.
 */
@IntegrationTest
class SharedThrottlesIT {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ThrottleSecret secret;

    private final TestTime time = new TestTime("2026-03-02T12:03:20Z");
    private final String name = "shared-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aClientsAttemptsOnTwoNodesCountTogether() {
        ClientThrottle nodeA = new ClientThrottle(store(), name, 3, TEN_MINUTES);
        ClientThrottle nodeB = new ClientThrottle(store(), name, 3, TEN_MINUTES);

        List<Verdict> verdicts = List.of(nodeA.acquire("203.0.113.7"), nodeB.acquire("203.0.113.7"),
                nodeA.acquire("203.0.113.7"), nodeB.acquire("203.0.113.7"), nodeA.acquire("203.0.113.7"));

        assertThat(verdicts).containsExactly(Verdict.ALLOWED, Verdict.ALLOWED, Verdict.ALLOWED,
                Verdict.CLIENT_LIMITED, Verdict.CLIENT_LIMITED);
        assertThat(nodeB.acquire("203.0.113.8")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void everyonesBudgetIsOneForTheClusterAndItsFirstRefusalIsToldOnce() {
        ClientThrottle nodeA = new ClientThrottle(store(), name, 5, 2,
                TEN_MINUTES, time);
        ClientThrottle nodeB = new ClientThrottle(store(), name, 5, 2,
                TEN_MINUTES, time);
        nodeA.acquire("203.0.113.1");
        nodeB.acquire("203.0.113.2");

        List<Verdict> refused = List.of(nodeA.acquire("203.0.113.3"), nodeB.acquire("203.0.113.4"));

        assertThat(refused).allMatch(Verdict.EveryoneLimited.class::isInstance)
                .extracting(verdict -> ((Verdict.EveryoneLimited) verdict).firstInWindow())
                .containsExactly(true, false);
    }

    @Test
    void fiftyAttemptsAtOnceSpreadOverTwoNodesGetOnlyTheAllowance() throws Exception {
        KeyedBuckets nodeA = new KeyedBuckets(store(), name, 5, TEN_MINUTES);
        KeyedBuckets nodeB = new KeyedBuckets(store(), name, 5, TEN_MINUTES);

        List<Boolean> taken = AtOnce.run(50, each -> (each % 2 == 0 ? nodeA : nodeB).tryTake("person@nhs.net"));

        assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(5);
    }

    @Test
    void aGoGivenBackOnOneNodeCanBeTakenOnTheOther() {
        KeyedBuckets nodeA = new KeyedBuckets(store(), name, 1, TEN_MINUTES);
        KeyedBuckets nodeB = new KeyedBuckets(store(), name, 1, TEN_MINUTES);
        nodeA.tryTake("person@nhs.net");

        nodeB.giveBack("person@nhs.net");

        assertThat(nodeA.tryTake("person@nhs.net")).isTrue();
    }

    @Test
    void neitherAddressesNorEmailAddressesAreStoredInClear() {
        String email = "throttled-" + UUID.randomUUID().toString().substring(0, 8) + "@nhs.net";
        new KeyedBuckets(store(), name, 3, TEN_MINUTES).tryTake(email);
        new ClientThrottle(store(), name, 3, TEN_MINUTES).acquire("198.51.100.77");

        var rows = new DatabaseRows(jdbc).all();
        List<String> found = new ArrayList<>();
        DatabaseRows.findIn(rows, email, (cell, value) -> found.add(cell));
        DatabaseRows.findIn(rows, "198.51.100.77", (cell, value) -> found.add(cell));

        assertThat(rows.get("throttle_bucket")).isNotEmpty();
        assertThat(found).isEmpty();
    }

    @Test
    void rowsOfBucketsThatAreFullAgainAreDeletedAndTheOthersStay() {
        DatabaseBucketStore store = store();
        new KeyedBuckets(store, name, 3, TEN_MINUTES).tryTake("person@nhs.net");
        new KeyedBuckets(store, name + "-later", 3, TEN_MINUTES).tryTake("person@nhs.net");
        // Bucket4j dates a row's expiry by the server's present; this one's time has passed.
        jdbc.update("update throttle_bucket set expires_at = ? where id like ?",
                Instant.now().minusSeconds(1).toEpochMilli(), name + "/%");

        while (store.removeExpired(1_000) == 1_000) {
            // Other tests' rows may have expired too.
        }

        assertThat(rowsOf(name)).isZero();
        assertThat(rowsOf(name + "-later")).isEqualTo(1);
    }

    private int rowsOf(String space) {
        return jdbc.queryForObject("select count(*) from throttle_bucket where id like ?", Integer.class,
                space + "/%");
    }

    /** A node's own store, as each node builds it, on the one database and with the cluster's secret. */
    private DatabaseBucketStore store() {
        return new DatabaseBucketStore(dataSource, time, secret);
    }
}
