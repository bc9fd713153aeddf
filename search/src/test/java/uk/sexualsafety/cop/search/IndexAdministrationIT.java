package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceRepository;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.membersOnlyResource;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

@SearchIntegrationTest
class IndexAdministrationIT {

    @Autowired
    IndexAdministration administration;

    @Autowired
    SearchService search;

    @Autowired
    ResourceRepository resources;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void startFromNoResources() {
        resources.deleteAll();
    }

    /** Other test classes' stories and policies share the database and index: counts are compared, not fixed. */
    @Test
    void theIndexStateCountsEveryDocumentWhateverItsAudience() {
        long before = administration.indexState().documents();

        resources.save(publicResource().build());
        resources.save(membersOnlyResource().build());

        assertThat(administration.indexState().documents()).isEqualTo(before + 2);
    }

    @Test
    void aRebuildRestoresAnIndexThatWasDropped() throws Exception {
        // Contexts with other settings share the database but not this index: in step with the database first, so
        // that the rebuild below can be compared with what the index held.
        administration.rebuild(progress -> {
        }).toCompletableFuture().get(2, TimeUnit.MINUTES);
        resources.save(publicResource().titled("Numbat one").build());
        resources.save(publicResource().titled("Numbat two").build());
        resources.save(membersOnlyResource().titled("Numbat three").build());
        assertThat(hitsFor("numbat")).isEqualTo(3);
        long all = administration.indexState().documents();
        Search.mapping(entityManagerFactory).scope(Resource.class).schemaManager().dropIfExisting();
        whileTheResourceIndexIsDropped(all);

        List<RebuildProgress> reported = new CopyOnWriteArrayList<>();
        RebuildProgress finished = administration.rebuild(reported::add).toCompletableFuture().get(2, TimeUnit.MINUTES);

        // The rebuild loads every item of every type again, other test classes' included; an unpublished one is
        // loaded but gets no document, so the rebuild counts at least as many items as the index holds documents.
        assertThat(finished.finished()).isTrue();
        assertThat(finished.done()).isEqualTo(finished.total()).isGreaterThanOrEqualTo(all);
        assertThat(reported).isNotEmpty().last().isEqualTo(finished);
        assertThat(administration.isRebuilding()).isFalse();
        assertThat(hitsFor("numbat")).isEqualTo(3);
        assertThat(administration.indexState().documents()).isEqualTo(all);
    }

    /** Lucene reads a missing index as an empty one: searches and the state count the other indexes only. */
    void whileTheResourceIndexIsDropped(long documentsBefore) {
        assertThat(hitsFor("numbat")).isZero();
        assertThat(administration.indexState().documents()).isEqualTo(documentsBefore - 3);
    }

    long hitsFor(String text) {
        return search.search(SearchQuery.of(text), SearchViewer.member()).totalHits();
    }
}
