package uk.sexualsafety.cop.search;

import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every match of a query, and the values of chosen doc-values fields among the matches, without scoring them.
 * The matches of each index segment are gathered as a bitset ({@link SegmentMatches}); the documents holding each
 * value of a field are kept as a bitset per segment for as long as the segment lives (segments never change, so these
 * never go stale); a value's count is then the size of the intersection of the two. On a broad search that is a few thousand popcounts per value
 * instead of a doc-values lookup for each match and field, which had been most of the cost of a search (decision 022).
 * Thread-safe; keep one for the life of the index.
 */
public final class MatchCounter {

    /** How many documents matched, and for each field counted, each value's number of matches (none of zero). */
    public record Counts(long total, Map<String, Map<String, Long>> byField) {

        public Map<String, Long> of(String field) {
            return byField.getOrDefault(field, Map.of());
        }
    }

    /** Value bitsets per segment (by its core's cache key), then per field. */
    private final Map<Object, Map<String, Map<String, FixedBitSet>>> segments = new ConcurrentHashMap<>();
    private final SegmentMatches matches = new SegmentMatches();

    /** Counts the live documents matching {@code query} and the values of {@code fields} among them. */
    public Counts count(IndexSearcher searcher, Query query, Collection<String> fields) {
        long total = 0;
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        fields.forEach(field -> byField.put(field, new HashMap<>()));
        try {
            SegmentMatches.Evaluation evaluation = matches.of(searcher, searcher.rewrite(query));
            for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
                FixedBitSet matched = evaluation.matching(segment);
                int found = matched.cardinality();
                total += found;
                if (found == 0) {
                    continue;
                }
                for (String field : fields) {
                    Map<String, Long> counts = byField.get(field);
                    valuesOf(segment.reader(), field).forEach((value, holders) -> {
                        long count = FixedBitSet.intersectionCount(matched, holders);
                        if (count > 0) {
                            counts.merge(value, count, Long::sum);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(total, byField);
    }

    /** The documents of a segment holding each value of a field, built once per segment and field. */
    private Map<String, FixedBitSet> valuesOf(LeafReader segment, String field) {
        IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
        if (cache == null) {
            return readValues(segment, field);
        }
        Map<String, Map<String, FixedBitSet>> fields = segments.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(segments::remove);
            return new ConcurrentHashMap<>();
        });
        return fields.computeIfAbsent(field, name -> readValues(segment, name));
    }

    private static Map<String, FixedBitSet> readValues(LeafReader segment, String field) {
        FieldInfo info = segment.getFieldInfos().fieldInfo(field);
        if (info == null) {
            return Map.of();
        }
        int size = segment.maxDoc();
        Map<String, FixedBitSet> holders = new HashMap<>();
        try {
            if (info.getDocValuesType() == DocValuesType.SORTED_SET) {
                SortedSetDocValues values = segment.getSortedSetDocValues(field);
                List<FixedBitSet> byOrd = new ArrayList<>();
                for (long ord = 0; ord < values.getValueCount(); ord++) {
                    FixedBitSet bits = new FixedBitSet(size);
                    byOrd.add(bits);
                    holders.put(values.lookupOrd(ord).utf8ToString(), bits);
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        byOrd.get((int) values.nextOrd()).set(doc);
                    }
                }
            } else if (info.getDocValuesType() == DocValuesType.SORTED_NUMERIC) {
                SortedNumericDocValues values = segment.getSortedNumericDocValues(field);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        holders.computeIfAbsent(Long.toString(values.nextValue()), value -> new FixedBitSet(size))
                                .set(doc);
                    }
                }
            } else {
                throw new IllegalArgumentException("Field " + field + " has no sorted doc values to count");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(holders);
    }
}
