package uk.sexualsafety.cop.portal.search;

import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.search.IndexAdministration;
import uk.sexualsafety.cop.search.IndexFormat;
import uk.sexualsafety.cop.search.IndexState;
import uk.sexualsafety.cop.search.RebuildListener;
import uk.sexualsafety.cop.search.RebuildProgress;
import uk.sexualsafety.cop.search.SearchUnavailableException;

import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search index's health on this node, with the rebuild as the database records it for the whole cluster. The
 * index itself is a stand-in, so that a rebuild can be held at any point.
 */
@IntegrationTest
class SearchIndexHealthIndicatorIT {

    @Autowired
    JdbcTemplate jdbc;

    private final List<RebuildTracker> trackers = new ArrayList<>();

    @TempDir
    Path indexDirectory;

    @AfterEach
    void stopTrackers() {
        trackers.forEach(RebuildTracker::stopBeating);
    }

    private RebuildTracker tracker(IndexAdministration index) {
        RebuildTracker tracker = new RebuildTracker(index, new IndexFormat(indexDirectory), new SharedRebuildState(jdbc),
                Clock.systemUTC());
        trackers.add(tracker);
        return tracker;
    }

    @Test
    void upWithTheDocumentsAndNoRebuild() {
        FakeIndex index = new FakeIndex();
        index.documents = 42;

        Health health = new SearchIndexHealthIndicator(index, tracker(index), "lucene").health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("documents", 42L).containsEntry("rebuilding", false)
                .doesNotContainKey("rebuildDone");
    }

    @Test
    void upWithTheProgressWhileARebuildRuns() {
        FakeIndex index = new FakeIndex();
        index.documents = 7;
        RebuildTracker tracker = tracker(index);
        tracker.start(null, end -> {
        });
        index.listener.progressed(new RebuildProgress(7, 20, false));

        // Progress reaches the database with the rebuild's next heartbeat.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Health health = new SearchIndexHealthIndicator(index, tracker, "lucene").health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("documents", 7L).containsEntry("rebuilding", true)
                    .containsEntry("rebuildDone", 7L).containsEntry("rebuildTotal", 20L);
        });

        index.finish(new RebuildProgress(20, 20, true));
        assertThat(new SearchIndexHealthIndicator(index, tracker, "lucene").health().getDetails())
                .containsEntry("rebuilding", false).doesNotContainKey("rebuildDone");
        assertThat(tracker.latest()).hasValueSatisfying(latest -> assertThat(latest.succeeded()).isTrue());
        assertThat(new IndexFormat(indexDirectory).isCurrent()).isTrue();
    }

    @Test
    void downWhenTheIndexCannotBeRead() {
        FakeIndex index = new FakeIndex();
        index.unreadable = true;

        Health health = new SearchIndexHealthIndicator(index, tracker(index), "lucene").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downNamingTheEngineWhenItCannotBeReached() {
        FakeIndex index = new FakeIndex();
        index.unreachable = true;

        Health health = new SearchIndexHealthIndicator(index, tracker(index), "opensearch").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("engine", "opensearch")
                .containsEntry("error", "OpenSearch cannot be reached");
    }

    @Test
    void downWithinASecondOrTwoWhenTheEngineDoesNotAnswer() {
        FakeIndex index = new FakeIndex();
        index.answering.set(false);
        SearchIndexHealthIndicator indicator = new SearchIndexHealthIndicator(index, tracker(index), "opensearch");

        long start = System.nanoTime();
        Health health = indicator.health();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        index.answering.set(true);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "OpenSearch cannot be reached");
    }

    /** The index's answers, without Hibernate Search: only what the health check asks. */
    private static final class FakeIndex extends IndexAdministration {

        long documents;
        boolean unreadable;
        boolean unreachable;
        final AtomicBoolean answering = new AtomicBoolean(true);
        RebuildListener listener;
        private CompletableFuture<RebuildProgress> rebuild;

        FakeIndex() {
            super(null, List.of());
        }

        @Override
        public IndexState indexState() {
            await().forever().pollInSameThread().untilTrue(answering);
            if (unreachable) {
                throw new SearchUnavailableException(new ConnectException("Connection refused"));
            }
            if (unreadable) {
                throw new SearchException("HSEARCH000000: the index folder is damaged");
            }
            return new IndexState(documents);
        }

        @Override
        public CompletionStage<RebuildProgress> rebuild(RebuildListener listener) {
            this.listener = listener;
            rebuild = new CompletableFuture<>();
            return rebuild;
        }

        @Override
        public boolean isRebuilding() {
            return rebuild != null && !rebuild.isDone();
        }

        void finish(RebuildProgress last) {
            rebuild.complete(last);
        }
    }
}
