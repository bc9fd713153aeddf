package uk.sexualsafety.cop.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the one Lucene query of a search: the viewer's access filter, the text over the weighted text fields in the
 * search page's syntax, and the chosen facet values. The same query finds the page, counts the matches and their
 * facets, and marks the snippets, so that these can never disagree.
 */
final class ContentQueries {

    private final Analyzer searchAnalyzer;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    ContentQueries(Analyzer searchAnalyzer) {
        this.searchAnalyzer = searchAnalyzer;
        ContentFields.TEXT_FIELDS.forEach(field -> weights.put(field.name(), field.boost()));
    }

    /**
     * What the viewer may find that matches the text query (every item when it is null) and every chosen facet but
     * {@code ignored} (null for none).
     */
    Query matching(SearchQuery query, SearchViewer viewer, Query textQuery, Facet ignored) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        AccessFilter.apply(bool, viewer);
        bool.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        query.filters().forEach((facet, values) -> {
            if (facet != ignored) {
                bool.add(FacetField.of(facet).matchingAny(values), BooleanClause.Occur.FILTER);
            }
        });
        return bool.build();
    }

    /**
     * The sanitised text alone, in the search page's syntax; {@code everyWord} says whether all words must match or
     * any may. Text that leaves nothing to search for once analysed (only punctuation) matches nothing.
     */
    Query text(String text, boolean everyWord) {
        SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, weights, QueryText.SYNTAX);
        parser.setDefaultOperator(everyWord ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        Query parsed = parser.parse(text);
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }
}
