package uk.sexualsafety.cop.search.benchmark;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import uk.sexualsafety.cop.search.FilterCaching;
import uk.sexualsafety.cop.search.LookedUpTerms;
import uk.sexualsafety.cop.search.MatchCounter;
import uk.sexualsafety.cop.search.Passages;
import uk.sexualsafety.cop.search.QueryText;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.resource.ResourceIndexMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The same search as the portal's service, written directly against Lucene over the index folders Hibernate Search
 * wrote: the same analysers (taken from the backend), the same simple query syntax ({@link QueryText#SYNTAX}), weights,
 * access filter, filter caching and any-word retry; each word looked up once ({@link LookedUpTerms}); the same two
 * passes (the page, ranked with skipping, then every match counted with the eight facets by {@link MatchCounter}); and
 * the same {@link Passages} for the page. What it leaves out is what the service adds: opening Hibernate Search's
 * readers for each search, building the query from a {@code SearchQuery}, facet choices and their counts, the "did you
 * mean" check, and the mapping of stored fields to records.
 */
final class RawLuceneSearch implements AutoCloseable {

    /** Hibernate Search keeps each document's id in these binary doc values; the stored fields lack it. */
    static final String ID = "__HSEARCH_id_docvalue";

    private static final List<String> FACETS = List.of(ContentFields.TYPE, ContentFields.THEMES,
            ContentFields.HARM_STRUCTURE, ContentFields.ORGANISATION_TYPE, ContentFields.REGION,
            ResourceIndexMapping.KIND, ContentFields.YEAR, ContentFields.CHARTER_COMMITMENTS);
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortedNumericSortField(ContentFields.DATE, SortField.Type.LONG, true));
    private static final Set<String> STORED = Set.of(ContentFields.TYPE, ContentFields.TITLE,
            ContentFields.SUMMARY, ContentFields.DATE, ContentFields.CONTENT_WARNINGS, ContentFields.ORGANISATION_NAME,
            ContentFields.ORGANISATION_TYPE);

    /** One page: the total, the hits as "TYPE#id", facet counts, and how many highlighted passages came back. */
    record Result(long total, List<String> hits, Map<String, Map<String, Long>> facets, int passages) {
    }

    private final List<DirectoryReader> readers = new ArrayList<>();
    private final IndexSearcher searcher;
    private final Analyzer searchAnalyzer;
    private final Passages passages;
    private final MatchCounter counter = new MatchCounter();
    private final Map<String, Float> weights = new LinkedHashMap<>();

    RawLuceneSearch(Path indexRoot, Analyzer searchAnalyzer, Analyzer indexAnalyzer) {
        this.searchAnalyzer = searchAnalyzer;
        this.passages = new Passages(indexAnalyzer);
        ContentFields.TEXT_FIELDS.forEach(field -> weights.put(field.name(), field.boost()));
        try (Stream<Path> folders = Files.list(indexRoot)) {
            for (Path folder : folders.sorted().toList()) {
                FSDirectory directory = FSDirectory.open(folder);
                if (DirectoryReader.indexExists(directory)) {
                    readers.add(DirectoryReader.open(directory));
                }
            }
            searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new), false));
            searcher.setQueryCachingPolicy(FilterCaching.INSTANCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        return searcher.getIndexReader().numDocs();
    }

    Result search(String text, Set<String> audiences, int limit) {
        try {
            Result all = run(text, audiences, limit, BooleanClause.Occur.MUST);
            if (all.total() == 0 && text.split(" ").length > 1 && !usesOperators(text)) {
                return run(text, audiences, limit, BooleanClause.Occur.SHOULD);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(String text, Set<String> audiences, int limit, BooleanClause.Occur operator)
            throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, weights, QueryText.SYNTAX);
        parser.setDefaultOperator(operator);
        Query parsed = parser.parse(text);
        if (parsed == null) {
            return new Result(0, List.of(), Map.of(), 0);
        }
        Query textQuery = LookedUpTerms.in(searcher, parsed);
        Query query = new BooleanQuery.Builder()
                .add(new TermInSetQuery(ContentFields.AUDIENCE, audiences.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER)
                .add(textQuery, BooleanClause.Occur.MUST)
                .build();
        TopDocs page = searcher.search(query, new TopFieldCollectorManager(RELEVANCE, limit, null, limit, false));
        MatchCounter.Counts counts = counter.count(searcher, query, FACETS);

        List<String> hits = new ArrayList<>();
        int[] docs = new int[page.scoreDocs.length];
        String[] summaries = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = page.scoreDocs[i].doc;
            var stored = searcher.storedFields().document(docs[i], STORED);
            summaries[i] = stored.get(ContentFields.SUMMARY);
            LeafReaderContext leaf = searcher.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(docs[i], searcher.getIndexReader().leaves()));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID);
            String id = ids.advanceExact(docs[i] - leaf.docBase) ? ids.binaryValue().utf8ToString() : "?";
            hits.add(stored.get(ContentFields.TYPE) + "#" + id);
        }
        int passages = (int) Arrays.stream(this.passages.best(searcher, textQuery, docs, summaries))
                .filter(Objects::nonNull).count();
        return new Result(counts.total(), hits, topValues(counts), passages);
    }

    /** The 50 most frequent values of each facet, as the service lists them. */
    private static Map<String, Map<String, Long>> topValues(MatchCounter.Counts counts) {
        Map<String, Map<String, Long>> top = new HashMap<>();
        counts.byField().forEach((field, values) -> top.put(field, values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(50)
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll)));
        return top;
    }

    /** Phrases, groups, +, |, ~, escapes, a leading - or a trailing *: an any-word retry would change them. */
    static boolean usesOperators(String text) {
        for (String word : text.split(" ")) {
            if (word.startsWith("-") || word.endsWith("*") || word.chars().anyMatch(c -> "+|\"()~\\".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (DirectoryReader reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
