package uk.sexualsafety.cop.search;

/**
 * The one search over everything a person may see. Returns records, never entities; the viewer's access filter is a
 * clause of every query, so hits, totals and facet counts can only ever include what the viewer may read. The engine
 * behind it (local Lucene or a shared OpenSearch cluster) is chosen at start-up by {@code portal.search.engine}; both
 * pass the same contract tests (decision 037).
 */
public interface SearchService {

    /**
     * Finds what the viewer may see. Any text is accepted: syntax the parser cannot use gives no hits rather than an
     * error. When no item has every word of a plain text (no operators), the search is repeated for items with any
     * of them, and {@link SearchResults#allWordsMatched()} says so. With few hits for plain words (or none with every
     * word) on the first page, a respelling that finds more for this viewer is offered as "did you mean".
     */
    SearchResults search(SearchQuery query, SearchViewer viewer);
}
