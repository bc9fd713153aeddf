package uk.sexualsafety.cop.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one search over everything a person may see. Returns projections, never entities; the viewer's access filter
 * is a clause of every query, so hits, totals and facet counts can only ever include what the viewer may read.
 * <p>
 * Everything it returns comes from the index, so it runs outside any transaction, in a session of its own that
 * never takes a database connection: a read-only transaction cost several round trips to the database per search
 * (setting read-only and auto-commit, committing), more than the search itself when the database is busy.
 */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    /** Operators people know from web search; fuzzy and proximity are left out as costly and rarely meant. */
    private static final Set<SimpleQueryFlag> QUERY_SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);

    private static final int SNIPPET_LENGTH = 240;
    /** With fewer hits than this, a respelling of unknown words is looked for. */
    private static final int FEW_HITS = 3;
    private static final Pattern ERROR_CODE = Pattern.compile("^(HSEARCH\\d+)");

    private final EntityManagerFactory entityManagerFactory;
    private final List<Class<?>> indexedTypes;
    private final Respelling respelling = new Respelling();

    public SearchService(EntityManagerFactory entityManagerFactory, List<ContentIndexMapping> mappings) {
        this.entityManagerFactory = entityManagerFactory;
        this.indexedTypes = mappings.stream().<Class<?>>map(ContentIndexMapping::entityType).toList();
    }

    /**
     * Finds what the viewer may see. Any text is accepted: syntax the parser cannot use gives no hits rather than an
     * error. When no item has every word of a plain text (no operators), the search is repeated for items with any
     * of them, and {@link SearchResults#allWordsMatched()} says so.
     */
    public SearchResults search(SearchQuery query, SearchViewer viewer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(viewer, "viewer");
        String text = QueryText.sanitise(query.text());
        try (EntityManager session = entityManagerFactory.createEntityManager()) {
            SearchResults results = run(session, query, viewer, text, BooleanOperator.AND);
            boolean plainWords = !QueryText.usesOperators(text);
            if (results.totalHits() == 0 && QueryText.wordCount(text) > 1 && plainWords) {
                SearchResults anyWord = run(session, query, viewer, text, BooleanOperator.OR);
                results = new SearchResults(anyWord.totalHits(), anyWord.hits(), anyWord.facets(), false);
            }
            if (plainWords && !text.isEmpty() && query.offset() == 0
                    && (results.totalHits() < FEW_HITS || !results.allWordsMatched())) {
                String respelt = respelling(session, query, viewer, text, results);
                if (respelt != null) {
                    results = results.withDidYouMean(respelt);
                }
            }
            return results;
        } catch (SearchException e) {
            if (text.isEmpty() || hasCause(e, IOException.class) || hasCause(e, UncheckedIOException.class)) {
                throw e; // not the searcher's input: an index or mapping fault that must surface
            }
            // Never the text itself: what people search for can be personal.
            log.debug("Search text was rejected by the search engine ({}); answering with no hits", errorCode(e));
            return SearchResults.empty();
        }
    }

    /**
     * A respelling of the text's unknown words, offered only when it finds more, for this viewer and with these
     * filters, than the text as typed (all of whose words matched, or none did).
     */
    private String respelling(EntityManager session, SearchQuery query, SearchViewer viewer, String text,
                              SearchResults asTyped) {
        Optional<String> respelt;
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(indexedTypes)
                .extension(LuceneExtension.get()).openIndexReader()) {
            respelt = respelling.respell(text, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (respelt.isEmpty() || respelt.get().equalsIgnoreCase(text)) {
            return null;
        }
        long found = Search.session(session)
                .search(indexedTypes)
                .where(f -> predicate(f, query, viewer, respelt.get(), BooleanOperator.AND, null))
                .fetchTotalHitCount();
        long before = asTyped.allWordsMatched() ? asTyped.totalHits() : 0;
        return found > before ? respelt.get() : null;
    }

    private SearchResults run(EntityManager session, SearchQuery query, SearchViewer viewer, String text,
                              BooleanOperator operator) {
        SearchSort sort = text.isEmpty() && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : query.sort();
        SearchQueryOptionsStep<?, ?, SearchHit, ?, ?, ?> search = Search.session(session)
                .search(indexedTypes)
                .select(f -> f.composite()
                        .from(f.id(Long.class),
                                f.field(ContentFields.TYPE, String.class, ValueModel.INDEX),
                                f.field(ContentFields.TITLE, String.class),
                                f.field(ContentFields.SUMMARY, String.class),
                                f.field(ContentFields.DATE, LocalDate.class),
                                f.score(),
                                f.highlight(ContentFields.TITLE),
                                f.highlight(ContentFields.SUMMARY),
                                f.highlight(ContentFields.BODY),
                                f.field(ContentFields.CONTENT_WARNINGS, String.class, ValueModel.INDEX).list(),
                                f.field(ContentFields.ORGANISATION_NAME, String.class, ValueModel.INDEX),
                                f.field(ContentFields.ORGANISATION_TYPE, String.class, ValueModel.INDEX))
                        .asArray(SearchService::toHit))
                .where(f -> predicate(f, query, viewer, text, operator, null))
                .sort(f -> sort(f, sort))
                .highlighter(f -> f.unified()
                        .tag(String.valueOf(HighlightedText.MARK_START), String.valueOf(HighlightedText.MARK_END))
                        .numberOfFragments(1));
        Set<Facet> countedHere = EnumSet.noneOf(Facet.class);
        if (query.countFacets()) {
            for (Facet facet : Facet.values()) {
                if (query.filter(facet).isEmpty()) {
                    FacetField field = FacetField.of(facet);
                    search.aggregation(field.key(), field::aggregation);
                    countedHere.add(facet);
                }
            }
        }
        SearchResult<SearchHit> result = search.fetch(query.offset(), query.limit());

        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : countedHere) {
            facets.put(facet, FacetField.asText(result.aggregation(FacetField.of(facet).key())));
        }
        if (query.countFacets()) {
            for (Facet chosen : query.filters().keySet()) {
                facets.put(chosen, countsWithout(session, chosen, query, viewer, text, operator));
            }
        }
        return new SearchResults(result.total().hitCount(), result.hits(), facets, true);
    }

    /**
     * The counts of a facet whose values are chosen, over the search without that choice: what each of its other
     * values would add. Only people who chose values pay for this extra count.
     */
    private Map<String, Long> countsWithout(EntityManager session, Facet chosen, SearchQuery query,
                                            SearchViewer viewer, String text, BooleanOperator operator) {
        FacetField field = FacetField.of(chosen);
        SearchResult<Long> result = Search.session(session)
                .search(indexedTypes)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, query, viewer, text, operator, chosen))
                .aggregation(field.key(), field::aggregation)
                .fetch(0);
        return FacetField.asText(result.aggregation(field.key()));
    }

    /** The viewer's access filter, the text, then the chosen filters (all but {@code ignored}): all must hold. */
    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query, SearchViewer viewer,
                                                String text, BooleanOperator operator, Facet ignored) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        AccessFilter.apply(f, bool, viewer);
        if (text.isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(textPredicate(f, text, operator));
        }
        query.filters().forEach((facet, values) -> {
            if (facet != ignored) {
                bool.filter(FacetField.of(facet).matchingAny(f, values));
            }
        });
        return bool;
    }

    private static PredicateFinalStep textPredicate(SearchPredicateFactory f, String text, BooleanOperator operator) {
        List<ContentFields.WeightedField> fields = ContentFields.TEXT_FIELDS;
        SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> step = f.simpleQueryString()
                .field(fields.getFirst().name()).boost(fields.getFirst().boost());
        for (ContentFields.WeightedField field : fields.subList(1, fields.size())) {
            step = step.field(field.name()).boost(field.boost());
        }
        return step.matching(text)
                .defaultOperator(operator)
                .flags(QUERY_SYNTAX);
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(ContentFields.DATE).desc();
            case NEWEST -> f.field(ContentFields.DATE).desc().then().score();
            case TITLE -> f.field(ContentFields.TITLE_SORT).asc().then().field(ContentFields.DATE).desc();
        };
    }

    private static SearchHit toHit(Object[] row) {
        String title = (String) row[2];
        String summary = (String) row[3];
        Float score = (Float) row[5];
        String summaryHighlight = firstFragment(row[7]);
        @SuppressWarnings("unchecked")
        List<String> warnings = row[9] == null ? List.of() : (List<String>) row[9];
        return new SearchHit((Long) row[0], ContentType.valueOf((String) row[1]), title,
                snippet(title, summary, firstFragment(row[6]),
                        summaryHighlight != null ? summaryHighlight : firstFragment(row[8])),
                score == null || score.isNaN() ? 0f : score, (LocalDate) row[4], warnings, (String) row[10],
                (String) row[11]);
    }

    /**
     * The best passage of the summary or the long text; else the start of the summary, which says more than the title shown above it;
     * the title's highlight only when there is no summary.
     */
    private static HighlightedText snippet(String title, String summary, String titleHighlight,
                                           String textHighlight) {
        if (textHighlight != null) {
            return HighlightedText.fromMarkers(textHighlight).excerpt(SNIPPET_LENGTH);
        }
        if (summary != null && !summary.isBlank()) {
            return HighlightedText.plain(summary).excerpt(SNIPPET_LENGTH);
        }
        if (titleHighlight != null) {
            return HighlightedText.fromMarkers(titleHighlight);
        }
        return HighlightedText.plain(title == null ? "" : title);
    }

    private static String firstFragment(Object highlights) {
        if (highlights instanceof List<?> fragments && !fragments.isEmpty()) {
            return (String) fragments.getFirst();
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String errorCode(SearchException e) {
        Matcher code = ERROR_CODE.matcher(Objects.requireNonNullElse(e.getMessage(), ""));
        return code.find() ? code.group(1) : e.getClass().getSimpleName();
    }
}
