package uk.sexualsafety.cop.portal.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.cluster.PortalCluster;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared OpenSearch index is built once for the cluster (decision 045): each node, as it starts, asks whether the
 * one index needs a rebuild, and the index's format is recorded with the index (in the database every node reads),
 * not in a file beside a local index that no longer exists. A node's start is its start-up check, run on the
 * {@link PortalCluster}'s two running nodes, so that no further application has to start.
 */
class SharedIndexOnStartupIT {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private final PortalCluster cluster = PortalCluster.running();
    private final String word = SearchTestData.uniqueWord();

    @BeforeEach
    void noRebuildRuns() {
        await().atMost(AT_MOST).until(() -> !tracker(cluster.nodeA()).isRebuilding());
        // Content in the database, as a portal that has been used has.
        new SearchTestData(cluster.nodeA().context()).resource("Bystander guide " + word, "What to do.",
                Audience.MEMBERS);
    }

    @AfterEach
    void signOut() {
        cluster.nodeB().bean(SignedIn.class).nobody();
    }

    @Test
    void onAFirstStartWithAnEmptyIndexAndContentInTheDatabaseExactlyOneNodeRebuildsIt() throws Exception {
        signInAMemberOn(cluster.nodeB());
        // Indexed through the outbox first, so that nothing is written to the index after it has been emptied.
        await().pollInSameThread().atMost(AT_MOST).until(() -> !wordFoundOn(cluster.nodeB()).isEmpty());
        asOnAFirstStart();

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Boolean> nodeA = startUp(cluster.nodeA(), together);
        CompletableFuture<Boolean> nodeB = startUp(cluster.nodeB(), together);

        assertThat(List.of(nodeA.get(), nodeB.get())).containsExactlyInAnyOrder(true, false);
        await().atMost(AT_MOST).until(() -> !tracker(cluster.nodeB()).isRebuilding());
        assertThat(tracker(cluster.nodeB()).latest()).hasValueSatisfying(rebuild ->
                assertThat(rebuild.failed()).isFalse());
        assertThat(cluster.nodeB().bean(IndexFormat.class).isCurrent()).isTrue();
        await().pollInSameThread().atMost(AT_MOST).until(() -> !wordFoundOn(cluster.nodeB()).isEmpty());
    }

    @Test
    void aNodeStartingLaterAgainstTheCurrentSharedIndexDoesNotRebuildIt() {
        signInAMemberOn(cluster.nodeB());
        await().pollInSameThread().atMost(AT_MOST).until(() -> !wordFoundOn(cluster.nodeB()).isEmpty());
        Instant lastRebuild = tracker(cluster.nodeB()).latest().map(IndexRebuildStatus::startedAt).orElse(null);

        assertThat(cluster.nodeB().bean(IndexFormat.class).isCurrent()).isTrue();
        assertThat(startUp(cluster.nodeB())).isFalse();
        assertThat(startUp(cluster.nodeA())).isFalse();
        assertThat(tracker(cluster.nodeB()).latest().map(IndexRebuildStatus::startedAt).orElse(null))
                .isEqualTo(lastRebuild);
    }

    @Test
    void aSharedIndexWrittenByAnEarlierVersionIsRebuiltByOneNode() {
        signInAMemberOn(cluster.nodeB());
        await().pollInSameThread().atMost(AT_MOST).until(() -> !wordFoundOn(cluster.nodeB()).isEmpty());
        formatRecorded("1: every story, whatever its state");

        assertThat(startUp(cluster.nodeB())).isTrue();
        assertThat(startUp(cluster.nodeA())).isFalse();
        await().atMost(AT_MOST).until(() -> !tracker(cluster.nodeA()).isRebuilding());
        assertThat(cluster.nodeA().bean(IndexFormat.class).isCurrent()).isTrue();
    }

    /** A new cluster: an empty shared index, and no record of its format. */
    private void asOnAFirstStart() {
        SearchWorkspace workspace = Search.mapping(cluster.nodeA().bean(EntityManagerFactory.class))
                .scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(cluster.nodeA().bean(IndexAdministration.class).indexState().documents()).isZero();
        cluster.nodeA().bean(JdbcTemplate.class).update("delete from search_index_format where index_prefix = ?",
                indexPrefix());
    }

    private void formatRecorded(String format) {
        cluster.nodeA().bean(JdbcTemplate.class).update("update search_index_format set format = ? "
                + "where index_prefix = ?", format, indexPrefix());
    }

    private String indexPrefix() {
        return cluster.nodeA().context().getEnvironment()
                .getRequiredProperty("portal.search.opensearch.index-prefix");
    }

    private static CompletableFuture<Boolean> startUp(PortalCluster.Node node, CyclicBarrier together) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return startUp(node);
        });
    }

    private static boolean startUp(PortalCluster.Node node) {
        return node.bean(IndexOnStartup.class).rebuildAnEmptyOrOutdatedIndex();
    }

    private static RebuildTracker tracker(PortalCluster.Node node) {
        return node.bean(RebuildTracker.class);
    }

    private void signInAMemberOn(PortalCluster.Node node) {
        node.bean(SignedIn.class).as(node.bean(TestAccounts.class).create(Role.MEMBER).accountId());
    }

    private List<Long> wordFoundOn(PortalCluster.Node node) {
        return node.bean(PortalSearch.class).search(SearchQuery.of(word)).hits().stream().map(SearchHit::id).toList();
    }
}
