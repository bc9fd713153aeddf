package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the search index, which is derived data, in step with the database: rebuilds it from scratch and reports
 * what it holds. Callers decide who may do this (administrators only).
 */
@Service
public class IndexAdministration {

    private static final String COORDINATION_STRATEGY = "hibernate.search.coordination.strategy";
    private static final String OUTBOX_POLLING = "outbox-polling";

    private static final int TYPES_IN_PARALLEL = 2;

    private final EntityManagerFactory entityManagerFactory;
    private final List<Class<?>> indexedTypes;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public IndexAdministration(EntityManagerFactory entityManagerFactory, List<ContentIndexMapping> mappings) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexedTypes = mappings.stream().<Class<?>>map(ContentIndexMapping::entityType).toList();
    }

    /**
     * Empties the indexes, then indexes every item again from the database, on the mass indexer's own threads.
     * Searches meanwhile see only what has been indexed so far. An index that cannot be read is dropped and
     * recreated instead, which mends it; a readable one is only emptied, because dropping an index under a search
     * (which opens the index's writer to read) makes the rebuild fail with a lock error.
     *
     * @param listener told of progress as documents are written
     * @return completes with the final progress, or exceptionally if the rebuild failed
     * @throws IllegalStateException if a rebuild is already running in this application
     */
    public CompletionStage<RebuildProgress> rebuild(RebuildListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("The search index is already being rebuilt");
        }
        ProgressMonitor monitor = new ProgressMonitor(listener);
        try {
            boolean readable = isReadable();
            return Search.mapping(entityManagerFactory).scope(indexedTypes).massIndexer()
                    // Two types at once keep two cores busy analysing text, which is most of the work; with one
                    // loading thread each, the rebuild holds four of the pool's connections (loading and ids), so
                    // the portal, which shares the pool and the small server, stays usable.
                    .typesToIndexInParallel(TYPES_IN_PARALLEL)
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
                    // One segment per index afterwards: every search pays per segment (term lookups, scorers, and
                    // an ordinal map for each facet), and a rebuild leaves dozens; the merge costs a few seconds.
                    .mergeSegmentsOnFinish(true)
                    .purgeAllOnStart(true)
                    .dropAndCreateSchemaOnStart(!readable)
                    .monitor(monitor)
                    .start()
                    .thenApply(ignored -> monitor.completed())
                    .whenComplete((progress, failure) -> rebuilding.set(false));
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
    }

    private boolean isReadable() {
        try {
            indexState();
            return true;
        } catch (SearchException unreadable) {
            return false;
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /**
     * Counts the documents in all indexes, whatever their audience.
     *
     * @throws SearchUnavailableException if the search engine cannot be reached
     * @throws org.hibernate.search.util.common.SearchException if an index cannot be read
     */
    public IndexState indexState() {
        try {
            return countDocuments();
        } catch (SearchException e) {
            throw SearchUnavailableException.translate(e);
        }
    }

    /**
     * Hands back to the outbox the changes whose indexing failed three times (Hibernate Search then sets them aside
     * as aborted, for example after an outage of the engine longer than three of its retry delays), so that none is
     * lost: they are indexed once the engine answers again, or set aside again meanwhile.
     *
     * @return how many changes were handed back; none without the outbox
     */
    public int retryAbortedChanges() {
        if (!OUTBOX_POLLING.equals(entityManagerFactory.getProperties().get(COORDINATION_STRATEGY))) {
            return 0;
        }
        OutboxPollingSearchMapping outbox = Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
        return outbox.countAbortedEvents() == 0 ? 0 : outbox.reprocessAbortedEvents();
    }

    private IndexState countDocuments() {
        // Outside any transaction, so that the index's health does not depend on the database's: a count loads no
        // entities and so takes no connection.
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            long documents = Search.session(session)
                    .search(indexedTypes)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return new IndexState(documents);
        }
    }

    /**
     * Rewrites the index of {@code entityType} without the documents deleted from it, and commits: a deleted
     * document stays in its segment's files until a merge, so after a purge this is what leaves no copy of the purged
     * text on disk (decision 026). It merges the index into one segment, which costs about as much as the index is
     * large; callers run it only after they purged something.
     */
    public void expungeDeletedDocuments(Class<?> entityType) {
        var workspace = Search.mapping(entityManagerFactory).scope(entityType).workspace();
        workspace.mergeSegments();
        workspace.flush();
        workspace.refresh();
    }

    /** Turns the mass indexer's increments into totals; called from several indexing threads. */
    private static final class ProgressMonitor implements MassIndexingMonitor {

        private final RebuildListener listener;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();

        ProgressMonitor(RebuildListener listener) {
            this.listener = listener;
        }

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                    started.totalCount().ifPresent(count -> {
                        total.addAndGet(count);
                        listener.progressed(new RebuildProgress(done.get(), total.get(), false));
                    });
                }

                @Override
                public void documentsIndexed(long increment) {
                    // Counted in documentsAdded below, which covers every type group.
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                }
            };
        }

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            listener.progressed(new RebuildProgress(now, Math.max(now, total.get()), false));
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void indexingCompleted() {
        }

        RebuildProgress completed() {
            RebuildProgress progress = new RebuildProgress(done.get(), Math.max(done.get(), total.get()), true);
            listener.progressed(progress);
            return progress;
        }
    }
}
