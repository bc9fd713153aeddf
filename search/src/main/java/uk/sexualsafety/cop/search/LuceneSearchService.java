package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sexualsafety.cop.search.analysis.PortalAnalysisConfigurer;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link SearchService} of the Lucene engine (the default). Hibernate Search keeps the local index in step with
 * the database; the search itself runs on the index's Lucene readers (decision 022). A search is two passes over one query: the page, best first, which may skip documents that cannot
 * reach it, and a count of every match and of the facet values among them, which needs no scores. Neither touches the
 * database.
 */
final class LuceneSearchService implements SearchService {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchService.class);

    private static final SortField NEWEST_FIRST = newestFirst();
    private static final SortField BY_TITLE = byTitle();

    private final EntityManagerFactory entityManagerFactory;
    private final List<Class<?>> indexedTypes;
    private final MatchCounter counter = new MatchCounter();
    private volatile Indexes indexes;

    /** What the search needs from Hibernate Search, once it has started. */
    private record Indexes(LuceneIndexScope scope, ContentQueries queries, PageOfHits pages, Respelling respelling) {
    }

    LuceneSearchService(EntityManagerFactory entityManagerFactory, List<ContentIndexMapping> mappings) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexedTypes = mappings.stream().<Class<?>>map(ContentIndexMapping::entityType).toList();
    }

    @Override
    public SearchResults search(SearchQuery query, SearchViewer viewer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(viewer, "viewer");
        String text = QueryText.sanitise(query.text());
        Indexes current = indexes();
        try (IndexReader reader = current.scope().openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCachingPolicy(FilterCaching.INSTANCE);
            return SearchSteps.search(query, text,
                    (words, everyWord) -> run(current, searcher, query, viewer, words, everyWord),
                    (words, asTyped) -> respelling(current, searcher, query, viewer, words, asTyped));
        } catch (IndexSearcher.TooManyClauses e) {
            // Never the text itself: what people search for can be personal.
            log.debug("Search text expanded to more clauses than a query may have; answering with no hits");
            return SearchResults.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A respelling of the text's unknown words, offered only when it finds more, for this viewer and with these
     * filters, than the text as typed (all of whose words matched, or none did).
     */
    private Optional<String> respelling(Indexes current, IndexSearcher searcher, SearchQuery query,
                                        SearchViewer viewer, String text, SearchResults asTyped) throws IOException {
        Optional<String> respelt = current.respelling().respell(text, searcher.getIndexReader())
                .filter(candidate -> !candidate.equalsIgnoreCase(text));
        if (respelt.isEmpty()) {
            return Optional.empty();
        }
        long found = searcher.count(current.queries().matching(query, viewer,
                current.queries().text(respelt.get(), true), null));
        long before = asTyped.allWordsMatched() ? asTyped.totalHits() : 0;
        return found > before ? respelt : Optional.empty();
    }

    private SearchResults run(Indexes current, IndexSearcher searcher, SearchQuery query, SearchViewer viewer,
                              String text, boolean everyWord) throws IOException {
        SearchSort sort = text.isEmpty() && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : query.sort();
        Query textQuery = text.isEmpty() ? null
                : LookedUpTerms.in(searcher, current.queries().text(text, everyWord));
        Query matching = current.queries().matching(query, viewer, textQuery, null);

        Sort order = order(sort);
        int wanted = query.offset() + query.limit();
        // Only the page is ranked: with the threshold at the page's end, documents that cannot reach it are skipped.
        TopDocs top = searcher.search(matching, new TopFieldCollectorManager(order, wanted, null, wanted, false));
        ScoreDoc[] page = top.scoreDocs.length <= query.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, query.offset(), top.scoreDocs.length);
        List<SearchHit> hits = current.pages().read(searcher, textQuery, page, scorePosition(order));

        Set<Facet> countedHere = EnumSet.noneOf(Facet.class);
        if (query.countFacets()) {
            Arrays.stream(Facet.values()).filter(facet -> query.filter(facet).isEmpty()).forEach(countedHere::add);
        }
        MatchCounter.Counts counts = counter.count(searcher, matching,
                countedHere.stream().map(facet -> FacetField.of(facet).field()).toList());
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : countedHere) {
            FacetField field = FacetField.of(facet);
            facets.put(facet, field.listed(counts.of(field.field())));
        }
        if (query.countFacets()) {
            for (Facet chosen : query.filters().keySet()) {
                facets.put(chosen, countsWithout(current, searcher, chosen, query, viewer, textQuery));
            }
        }
        return new SearchResults(counts.total(), hits, facets, true);
    }

    /**
     * The counts of a facet whose values are chosen, over the search without that choice: what each of its other
     * values would add. Only people who chose values pay for this extra count.
     */
    private Map<String, Long> countsWithout(Indexes current, IndexSearcher searcher, Facet chosen,
                                            SearchQuery query, SearchViewer viewer, Query textQuery) {
        FacetField field = FacetField.of(chosen);
        Query without = current.queries().matching(query, viewer, textQuery, chosen);
        return field.listed(counter.count(searcher, without, List.of(field.field())).of(field.field()));
    }

    private static Sort order(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, NEWEST_FIRST);
            case NEWEST -> new Sort(NEWEST_FIRST, SortField.FIELD_SCORE);
            case TITLE -> new Sort(BY_TITLE, NEWEST_FIRST);
        };
    }

    private static int scorePosition(Sort order) {
        return Arrays.asList(order.getSort()).indexOf(SortField.FIELD_SCORE);
    }

    /** Dates are indexed as days since 1970 in numeric doc values; an item without one comes last. */
    private static SortField newestFirst() {
        SortField field = new SortedNumericSortField(ContentFields.DATE, SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    /** Titles sort by their normalised form (case and accents folded at indexing). */
    private static SortField byTitle() {
        SortField field = new SortedSetSortField(ContentFields.TITLE_SORT, false);
        field.setMissingValue(SortField.STRING_LAST);
        return field;
    }

    /** Hibernate Search has started by the first search; what it provides is looked up once. */
    private Indexes indexes() {
        Indexes current = indexes;
        if (current == null) {
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            LuceneBackend backend = mapping.backend().unwrap(LuceneBackend.class);
            Analyzer searchAnalyzer = analyzer(backend, PortalAnalysisConfigurer.ENGLISH_SEARCH);
            current = new Indexes(mapping.scope(indexedTypes).extension(LuceneExtension.get()),
                    new ContentQueries(searchAnalyzer), new PageOfHits(new Passages(analyzer(backend, PortalAnalysisConfigurer.ENGLISH))),
                    new Respelling(searchAnalyzer));
            indexes = current;
        }
        return current;
    }

    private static Analyzer analyzer(LuceneBackend backend, String name) {
        return backend.analyzer(name).orElseThrow(() -> new IllegalStateException("No analyser " + name));
    }
}
