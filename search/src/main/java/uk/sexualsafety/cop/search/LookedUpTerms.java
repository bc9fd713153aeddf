package uk.sexualsafety.cop.search;

import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;

/**
 * A search runs its query more than once (the page, the count, a facet's count without its own choice); each run
 * would look every word up in every segment's term dictionary again. This looks each word up once per search and
 * hands the result to every run. The states belong to one searcher's readers: Lucene looks words up afresh for any
 * other (the highlighter's in-memory index, say).
 */
public final class LookedUpTerms {

    private LookedUpTerms() {
    }

    /** The same query, its plain word clauses carrying where their words are in {@code searcher}'s segments. */
    public static Query in(IndexSearcher searcher, Query query) throws IOException {
        return switch (query) {
            case TermQuery term when term.getTermStates() == null ->
                    new TermQuery(term.getTerm(), TermStates.build(searcher, term.getTerm(), true));
            case BoostQuery boosted -> new BoostQuery(in(searcher, boosted.getQuery()), boosted.getBoost());
            case ConstantScoreQuery constant -> new ConstantScoreQuery(in(searcher, constant.getQuery()));
            case BooleanQuery bool -> {
                BooleanQuery.Builder copy = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    copy.add(in(searcher, clause.getQuery()), clause.getOccur());
                }
                yield copy.build();
            }
            default -> query;
        };
    }
}
