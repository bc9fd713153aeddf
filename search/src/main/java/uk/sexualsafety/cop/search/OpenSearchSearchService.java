package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@link SearchService} of the OpenSearch engine: the same search as {@link LuceneSearchService}, written in
 * Hibernate Search's DSL, which OpenSearch runs (simple query string with the same syntax, flags and weights, terms
 * aggregations for facets, the unified highlighter for snippets) and its term suggester for "did you mean"
 * ({@link OpenSearchRespelling}). Differences that remain are listed in decision 037, each with the test that pins it.
 */
final class OpenSearchSearchService implements SearchService {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchService.class);

    /** Facet values are enum names, years and commitment numbers: far fewer than this. */
    private static final int MAX_COUNTED_VALUES = 1000;
    /**
     * How long a person's search waits for the cluster before they are told search is unavailable (decision 043):
     * the client's own read time limit (30 s) must stay long enough for creating indexes and bulk writes.
     */
    static final long PEOPLE_WAIT_MS = 5000;
    private static final int SNIPPET_LENGTH = 240;
    private static final EnumSet<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);
    private static final String MARK_START = String.valueOf(HighlightedText.MARK_START);
    private static final String MARK_END = String.valueOf(HighlightedText.MARK_END);

    private final EntityManagerFactory entityManagerFactory;
    private final List<Class<?>> indexedTypes;
    private volatile SearchScope<Object> scope;

    OpenSearchSearchService(EntityManagerFactory entityManagerFactory, List<ContentIndexMapping> mappings) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexedTypes = mappings.stream().<Class<?>>map(ContentIndexMapping::entityType).toList();
    }

    @Override
    public SearchResults search(SearchQuery query, SearchViewer viewer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(viewer, "viewer");
        String text = QueryText.sanitise(query.text());
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            return SearchSteps.search(query, text,
                    (words, everyWord) -> run(session, query, viewer, words, everyWord),
                    (words, asTyped) -> respelling(session, query, viewer, words, asTyped));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SearchException e) {
            if (String.valueOf(e.getMessage()).contains("too_many_clauses")) {
                // Never the text itself: what people search for can be personal.
                log.debug("Search text expanded to more clauses than a query may have; answering with no hits");
                return SearchResults.empty();
            }
            throw SearchUnavailableException.translate(e);
        }
    }

    private Optional<String> respelling(SearchSession session, SearchQuery query, SearchViewer viewer, String text,
                                        SearchResults asTyped) {
        Optional<String> respelt = new OpenSearchRespelling(session, scope(session), this::typesWithField)
                .respell(text)
                .filter(candidate -> !candidate.equalsIgnoreCase(text));
        if (respelt.isEmpty()) {
            return Optional.empty();
        }
        long found = session.search(scope(session))
                .where(f -> matching(f, query, viewer, respelt.get(), true, null))
                .failAfter(PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetchTotalHitCount();
        long before = asTyped.allWordsMatched() ? asTyped.totalHits() : 0;
        return found > before ? respelt : Optional.empty();
    }

    private SearchResults run(SearchSession session, SearchQuery query, SearchViewer viewer, String text,
                              boolean everyWord) {
        SearchSort sort = text.isEmpty() && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : query.sort();
        Set<Facet> countedHere = EnumSet.noneOf(Facet.class);
        if (query.countFacets()) {
            for (Facet facet : Facet.values()) {
                if (query.filter(facet).isEmpty()) {
                    countedHere.add(facet);
                }
            }
        }
        Map<Facet, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(Facet.class);
        countedHere.forEach(facet -> keys.put(facet, AggregationKey.of(facet.parameter())));

        var search = session.search(scope(session))
                .select(f -> hitProjection(f, !text.isEmpty()))
                .where(f -> matching(f, query, viewer, text, everyWord, null))
                .sort(f -> order(f, sort));
        if (!text.isEmpty()) {
            search = search.highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(1)
                    .noMatchSize(0));
        }
        for (Facet facet : countedHere) {
            search = search.aggregation(keys.get(facet), f -> terms(f.terms(), facet));
        }
        SearchResult<List<?>> result = search.failAfter(PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetch(query.offset(), query.limit());

        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, sort != SearchSort.TITLE));
        }
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : countedHere) {
            facets.put(facet, FacetField.of(facet).listed(asText(result.aggregation(keys.get(facet)))));
        }
        if (query.countFacets()) {
            for (Facet chosen : query.filters().keySet()) {
                facets.put(chosen, countsWithout(session, chosen, query, viewer, text, everyWord));
            }
        }
        return new SearchResults(result.total().hitCount(), hits, facets, true);
    }

    /** The counts of a facet whose values are chosen, over the search without that choice (as the Lucene engine). */
    private Map<String, Long> countsWithout(SearchSession session, Facet chosen, SearchQuery query,
                                            SearchViewer viewer, String text, boolean everyWord) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(chosen.parameter());
        SearchResult<?> result = session.search(scope(session))
                .where(f -> matching(f, query, viewer, text, everyWord, chosen))
                .aggregation(key, f -> terms(f.terms(), chosen))
                .failAfter(PEOPLE_WAIT_MS, TimeUnit.MILLISECONDS)
                .fetch(0);
        return FacetField.of(chosen).listed(asText(result.aggregation(key)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<Object, Long>> terms(
            org.hibernate.search.engine.search.aggregation.dsl.TermsAggregationFieldStep<?, ?> terms, Facet facet) {
        FacetField field = FacetField.of(facet);
        Class<?> type = field.numeric() ? Integer.class : String.class;
        return (org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep) terms
                .field(field.field(), type, ValueModel.INDEX).maxTermCount(MAX_COUNTED_VALUES);
    }

    private static Map<String, Long> asText(Map<Object, Long> counts) {
        Map<String, Long> text = new LinkedHashMap<>();
        counts.forEach((value, count) -> text.put(String.valueOf(value), count));
        return text;
    }

    /**
     * The access filter, the text over the weighted fields (everything when empty) and every chosen facet but
     * {@code ignored}: the one predicate of a search, as {@link ContentQueries} builds it for Lucene.
     */
    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, SearchQuery query,
                                                             SearchViewer viewer, String text, boolean everyWord,
                                                             Facet ignored) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        AccessFilter.apply(f, bool, viewer);
        if (text.isEmpty()) {
            bool.must(f.matchAll());
        } else {
            var textPredicate = f.simpleQueryString();
            var fields = textPredicate.field(ContentFields.TEXT_FIELDS.getFirst().name())
                    .boost(ContentFields.TEXT_FIELDS.getFirst().boost());
            for (ContentFields.WeightedField field : ContentFields.TEXT_FIELDS.subList(1,
                    ContentFields.TEXT_FIELDS.size())) {
                fields = fields.field(field.name()).boost(field.boost());
            }
            bool.must(fields.matching(text)
                    .defaultOperator(everyWord ? BooleanOperator.AND : BooleanOperator.OR)
                    .flags(SYNTAX));
        }
        query.filters().forEach((facet, values) -> {
            if (facet != ignored) {
                bool.filter(FacetField.of(facet).matchingAny(f, values));
            }
        });
        return bool;
    }

    private static SortFinalStep order(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(ContentFields.DATE).desc().missing().last();
            case NEWEST -> f.field(ContentFields.DATE).desc().missing().last().then().score();
            case TITLE -> f.field(ContentFields.TITLE_SORT).asc().missing().last()
                    .then().field(ContentFields.DATE).desc().missing().last();
        };
    }

    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> hitProjection(
            SearchProjectionFactory<?, ?> f, boolean highlighted) {
        return f.composite().from(
                f.id(),
                f.field(ContentFields.TYPE, String.class, ValueModel.INDEX),
                f.field(ContentFields.TITLE, String.class, ValueModel.INDEX),
                f.field(ContentFields.SUMMARY, String.class, ValueModel.INDEX),
                f.score(),
                f.field(ContentFields.DATE, LocalDate.class),
                f.field(ContentFields.CONTENT_WARNINGS, String.class, ValueModel.INDEX).list(),
                f.field(ContentFields.ORGANISATION_NAME, String.class, ValueModel.INDEX),
                f.field(ContentFields.ORGANISATION_TYPE, String.class, ValueModel.INDEX),
                highlighted ? f.highlight(ContentFields.SUMMARY) : f.constant(List.of()),
                highlighted ? f.highlight(ContentFields.BODY) : f.constant(List.of())
        ).asList();
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row, boolean scored) {
        String summary = (String) row.get(3);
        List<String> summaryPassages = (List<String>) row.get(9);
        List<String> bodyPassages = (List<String>) row.get(10);
        String passage = !summaryPassages.isEmpty() ? summaryPassages.getFirst()
                : !bodyPassages.isEmpty() ? bodyPassages.getFirst() : null;
        Float score = (Float) row.get(4);
        return new SearchHit(((Number) row.get(0)).longValue(), ContentType.valueOf((String) row.get(1)),
                (String) row.get(2), snippet(summary, passage),
                scored && score != null && !score.isNaN() ? score : 0f, (LocalDate) row.get(5),
                List.copyOf((List<String>) row.get(6)), (String) row.get(7), (String) row.get(8));
    }

    /** As {@link PageOfHits}: the passage; else the start of the summary; else nothing. */
    private static HighlightedText snippet(String summary, String passage) {
        if (passage != null && passage.indexOf(HighlightedText.MARK_START) >= 0) {
            return HighlightedText.fromMarkers(passage).excerpt(SNIPPET_LENGTH);
        }
        if (summary != null && !summary.isBlank()) {
            return HighlightedText.plain(summary).excerpt(SNIPPET_LENGTH);
        }
        return HighlightedText.plain("");
    }

    /** The indexed types whose index has the field. */
    private List<Class<?>> typesWithField(String field) {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        return indexedTypes.stream()
                .filter(type -> mapping.indexedEntity(type).indexManager().descriptor().field(field).isPresent())
                .toList();
    }

    private SearchScope<Object> scope(SearchSession session) {
        SearchScope<Object> current = scope;
        if (current == null) {
            current = session.scope(indexedTypes);
            scope = current;
        }
        return current;
    }
}
