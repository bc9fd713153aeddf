package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.search.SearchTestData;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.sexualsafety.cop.portal.BenchFigures.number;
import static uk.sexualsafety.cop.portal.BenchFigures.percentile;
import static uk.sexualsafety.cop.portal.BenchFigures.write;

/**
 * How soon a change made through one node is seen by search on the other: two portal nodes of {@link PortalCluster}
 * (one database, one OpenSearch index, the outbox between them, with the production settings of decision 045), and
 * {@code bench.cluster.changes} changes (200 by default), half of them a story published through one node until it
 * is found on the other, half a story withdrawn through one node until it is gone from the other's search, each
 * direction as often. The lag runs from the committing call's return until the other node's search, polled without
 * pause, answers as it should. Writes {@code cluster.json} to {@code bench.dir}; the target is a 95th percentile of
 * at most 1,000 ms, reported as {@code target_met} rather than failing the build. Run it on a quiet machine:
 * {@code ./mvnw -Pbench verify -pl portal -am -Dtest=ClusterFreshnessBenchmark}.
 */
@Tag("bench")
class ClusterFreshnessBenchmark {

    private static final double TARGET_P95_MS = 1_000;
    private static final int WARM_UP_PAIRS = 5;
    /** Long enough for any pause a loaded machine makes; a change not seen by then fails the run. */
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private final PortalCluster cluster = PortalCluster.running();

    @AfterEach
    void signOut() {
        cluster.nodeA().bean(SignedIn.class).nobody();
        cluster.nodeB().bean(SignedIn.class).nobody();
    }

    @Test
    void aChangeOnOneNodeIsFoundOnTheOtherWithinASecond() throws IOException {
        int changes = Integer.getInteger("bench.cluster.changes", 200);
        signInAMemberOn(cluster.nodeA());
        signInAMemberOn(cluster.nodeB());
        for (int pair = 0; pair < WARM_UP_PAIRS; pair++) {
            publishThenWithdraw(pair % 2 == 0);
        }

        List<Double> published = new ArrayList<>();
        List<Double> withdrawn = new ArrayList<>();
        for (int pair = 0; pair < changes / 2; pair++) {
            double[] lags = publishThenWithdraw(pair % 2 == 0);
            published.add(lags[0]);
            withdrawn.add(lags[1]);
        }

        double[] all = sorted(published, withdrawn);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("changes", String.valueOf(all.length));
        figures.put("index_lag_p50_ms", number(percentile(all, 0.50)));
        figures.put("index_lag_p95_ms", number(percentile(all, 0.95)));
        figures.put("index_lag_p99_ms", number(percentile(all, 0.99)));
        figures.put("index_lag_max_ms", number(all[all.length - 1]));
        figures.put("publish_found_p95_ms", number(percentile(sorted(published), 0.95)));
        figures.put("withdraw_gone_p95_ms", number(percentile(sorted(withdrawn), 0.95)));
        figures.put("load_average_1m", number(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        figures.put("target_p95_ms", number(TARGET_P95_MS));
        figures.put("target_met", String.valueOf(percentile(all, 0.95) <= TARGET_P95_MS));
        write("cluster.json", figures);

        assertThat(all).hasSizeGreaterThanOrEqualTo(Math.min(changes, 200) / 2 * 2);
    }

    /**
     * A story published through one node until the other finds it, then withdrawn through the other until the first
     * no longer finds it; {@code fromA} says which node publishes.
     */
    private double[] publishThenWithdraw(boolean fromA) {
        PortalCluster.Node publishing = fromA ? cluster.nodeA() : cluster.nodeB();
        PortalCluster.Node other = fromA ? cluster.nodeB() : cluster.nodeA();
        String word = SearchTestData.uniqueWord();

        long story = new SearchTestData(publishing.context()).publishedStory("What I saw " + word,
                "It happened on a late shift.", ContentWarning.SEXUAL_HARASSMENT);
        double found = lagUntil(() -> idsFoundOn(other, word).contains(story));

        new SearchTestData(other.context()).withdrawStory(story);
        double gone = lagUntil(() -> !idsFoundOn(publishing, word).contains(story));
        return new double[] {found, gone};
    }

    /** Milliseconds from now (the change has just been committed) until the condition holds, polled without pause. */
    private static double lagUntil(BooleanSupplier seen) {
        long committed = System.nanoTime();
        // In the test's thread, where the member is signed in; each poll is a whole search on the other node.
        await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(AT_MOST)
                .until(seen::getAsBoolean);
        return (System.nanoTime() - committed) / 1e6;
    }

    private static void signInAMemberOn(PortalCluster.Node node) {
        node.bean(SignedIn.class).as(node.bean(TestAccounts.class).create(Role.MEMBER).accountId());
    }

    private static List<Long> idsFoundOn(PortalCluster.Node node, String word) {
        return node.bean(PortalSearch.class).search(SearchQuery.of(word)).hits().stream().map(SearchHit::id)
                .toList();
    }

    @SafeVarargs
    private static double[] sorted(List<Double>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
