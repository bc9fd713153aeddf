package uk.sexualsafety.cop.search;

import org.apache.lucene.search.PointInSetQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;

/**
 * Which parts of a search Lucene's query cache keeps: only the filters (audiences, types, facet values), which recur
 * in nearly every search and otherwise cost a pass over the whole index each time (years and Charter commitments are
 * point queries). The text never is: a search repeated is answered by the same work again, so no figure of the
 * benchmark comes from a cache of whole searches (decision 022).
 */
public final class FilterCaching implements QueryCachingPolicy {

    public static final FilterCaching INSTANCE = new FilterCaching();

    private FilterCaching() {
    }

    @Override
    public void onUse(Query query) {
        // every filter is worth keeping from its first use: there are only a few dozen of them
    }

    @Override
    public boolean shouldCache(Query query) {
        return query instanceof TermInSetQuery || query instanceof PointRangeQuery
                || query instanceof PointInSetQuery;
    }
}
