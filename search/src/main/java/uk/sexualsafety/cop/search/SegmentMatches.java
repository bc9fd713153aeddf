package uk.sexualsafety.cop.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every live document of one index segment that matches a query, as a bitset, for counting. A broad search matches
 * most of the index; Lucene then walks its matches one by one, merging each word's postings in every text field
 * through a heap. Here a clause that matches much of a segment is instead worked out clause by clause: each field's
 * postings are poured into a bitset, and words, fields and filters are combined a word of 64 documents at a time.
 * A clause that matches little is left to Lucene, which skips to its few documents, so a rare word in a search still
 * costs only its own matches. Filters (audiences, published, types, facet values) are kept as bitsets per segment
 * while the segment lives (decision 023).
 */
final class SegmentMatches {

    /** A clause expected to match fewer than one document in this many of a segment is left to Lucene. */
    private static final int SPARSE = 64;
    /**
     * Filters kept per segment, and the memory they may take: a few dozen are in use (audiences, types, the facet
     * values people choose); crafted addresses must not grow the cache without end.
     */
    private static final int FILTERS_PER_SEGMENT = 128;
    private static final long FILTER_BYTES_PER_SEGMENT = 4L << 20;

    private final Map<Object, Map<Query, FixedBitSet>> filtersBySegment = new ConcurrentHashMap<>();

    /** Starts the evaluation of one rewritten query, over any of the searcher's segments. */
    Evaluation of(IndexSearcher searcher, Query rewritten) {
        return new Evaluation(searcher, rewritten);
    }

    /** One query over the segments of one searcher; not thread-safe. */
    final class Evaluation {

        private final IndexSearcher searcher;
        private final Query query;
        /** One weight per clause for all segments, so that each word is looked up once per segment. */
        private final Map<Query, Weight> weights = new IdentityHashMap<>();

        private Evaluation(IndexSearcher searcher, Query query) {
            this.searcher = searcher;
            this.query = query;
        }

        /** The live documents of {@code leaf} that match. */
        FixedBitSet matching(LeafReaderContext leaf) throws IOException {
            FixedBitSet matched = evaluate(query, leaf);
            Bits live = leaf.reader().getLiveDocs();
            if (live instanceof FixedBitSet liveBits) {
                matched.and(liveBits);
            } else if (live != null) {
                for (int doc = 0; doc < matched.length(); doc++) {
                    if (!live.get(doc)) {
                        matched.clear(doc);
                    }
                }
            }
            return matched;
        }

        private FixedBitSet evaluate(Query node, LeafReaderContext leaf) throws IOException {
            int size = leaf.reader().maxDoc();
            if (node instanceof BoostQuery boosted) {
                return evaluate(boosted.getQuery(), leaf);
            }
            if (node instanceof ConstantScoreQuery constant) {
                return evaluate(constant.getQuery(), leaf);
            }
            if (node instanceof MatchAllDocsQuery) {
                FixedBitSet all = new FixedBitSet(size);
                all.set(0, size);
                return all;
            }
            if (node instanceof MatchNoDocsQuery) {
                return new FixedBitSet(size);
            }
            if (FilterCaching.INSTANCE.shouldCache(node)) {
                return filter(node, leaf);
            }
            if (node instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
                ScorerSupplier supplier = weight(node).scorerSupplier(leaf);
                if (supplier == null) {
                    return new FixedBitSet(size);
                }
                long cost = supplier.cost();
                if (cost >= size / SPARSE) {
                    return combine(bool, leaf);
                }
                return poured(supplier.get(cost), size);
            }
            return matchesOf(node, leaf);
        }

        /** Required clauses all hold, else any optional one does; then no prohibited one. */
        private FixedBitSet combine(BooleanQuery bool, LeafReaderContext leaf) throws IOException {
            List<Query> required = new ArrayList<>();
            List<Query> optional = new ArrayList<>();
            List<Query> prohibited = new ArrayList<>();
            for (BooleanClause clause : bool.clauses()) {
                switch (clause.getOccur()) {
                    case MUST, FILTER -> required.add(clause.getQuery());
                    case SHOULD -> optional.add(clause.getQuery());
                    case MUST_NOT -> prohibited.add(clause.getQuery());
                }
            }
            FixedBitSet result;
            if (!required.isEmpty()) {
                result = evaluate(required.getFirst(), leaf);
                for (Query clause : required.subList(1, required.size())) {
                    result.and(evaluate(clause, leaf));
                }
            } else {
                result = new FixedBitSet(leaf.reader().maxDoc());
                for (Query clause : optional) {
                    result.or(evaluate(clause, leaf));
                }
            }
            for (Query clause : prohibited) {
                result.andNot(evaluate(clause, leaf));
            }
            return result;
        }

        private FixedBitSet filter(Query node, LeafReaderContext leaf) throws IOException {
            IndexReader.CacheHelper cache = leaf.reader().getCoreCacheHelper();
            if (cache == null) {
                return matchesOf(node, leaf);
            }
            Map<Query, FixedBitSet> filters = filtersBySegment.computeIfAbsent(cache.getKey(), key -> {
                cache.addClosedListener(filtersBySegment::remove);
                return new ConcurrentHashMap<>();
            });
            FixedBitSet kept = filters.get(node);
            if (kept == null) {
                kept = matchesOf(node, leaf);
                if (filters.size() < keptPerSegment(kept)) {
                    filters.putIfAbsent(node, kept.clone());
                }
                return kept;
            }
            return kept.clone();
        }

        private FixedBitSet matchesOf(Query node, LeafReaderContext leaf) throws IOException {
            ScorerSupplier supplier = weight(node).scorerSupplier(leaf);
            int size = leaf.reader().maxDoc();
            return supplier == null ? new FixedBitSet(size) : poured(supplier.get(Long.MAX_VALUE), size);
        }

        private Weight weight(Query node) throws IOException {
            Weight weight = weights.get(node);
            if (weight == null) {
                weight = searcher.createWeight(node, ScoreMode.COMPLETE_NO_SCORES, 1f);
                weights.put(node, weight);
            }
            return weight;
        }
    }

    private static long keptPerSegment(FixedBitSet filter) {
        long bytes = Math.max(1, filter.length() / 8);
        return Math.min(FILTERS_PER_SEGMENT, Math.max(8, FILTER_BYTES_PER_SEGMENT / bytes));
    }

    /** Every document the scorer matches (deleted ones too: live documents are applied once, at the end). */
    private static FixedBitSet poured(Scorer scorer, int size) throws IOException {
        FixedBitSet bits = new FixedBitSet(size);
        bits.or(scorer.iterator());
        return bits;
    }
}
