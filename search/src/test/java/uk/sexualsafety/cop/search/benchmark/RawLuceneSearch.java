package uk.sexualsafety.cop.search.benchmark;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import uk.sexualsafety.cop.search.mapping.ContentFields;
import uk.sexualsafety.cop.search.resource.ResourceIndexMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The same search as the portal's service, written directly against Lucene over the index folders Hibernate Search
 * wrote: the same analyser (taken from the backend), the same simple query syntax, weights, access filter and
 * any-word retry, the same order, exact total, the same eight facet counts over all matches, and one highlighted
 * passage of title, summary and text for each hit of the page. What it leaves out is what the service adds: the
 * transaction, Hibernate Search's query building and projections, and the mapping of rows to records.
 */
final class RawLuceneSearch implements AutoCloseable {

    /** Hibernate Search keeps each document's id in these binary doc values; the stored fields lack it. */
    static final String ID = "__HSEARCH_id_docvalue";

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;
    private static final String[] HIGHLIGHTED = {ContentFields.TITLE, ContentFields.SUMMARY, ContentFields.BODY};
    private static final List<String> STRING_FACETS = List.of(ContentFields.TYPE, ContentFields.THEMES,
            ContentFields.HARM_STRUCTURE, ContentFields.ORGANISATION_TYPE, ContentFields.REGION,
            ResourceIndexMapping.KIND);
    private static final List<String> NUMBER_FACETS = List.of(ContentFields.YEAR, ContentFields.CHARTER_COMMITMENTS);
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
    private final Analyzer analyzer;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    RawLuceneSearch(Path indexRoot, Analyzer searchAnalyzer) {
        this.analyzer = searchAnalyzer;
        ContentFields.TEXT_FIELDS.forEach(field -> weights.put(field.name(), field.boost()));
        try (Stream<Path> folders = Files.list(indexRoot)) {
            for (Path folder : folders.sorted().toList()) {
                FSDirectory directory = FSDirectory.open(folder);
                if (DirectoryReader.indexExists(directory)) {
                    readers.add(DirectoryReader.open(directory));
                }
            }
            searcher = new IndexSearcher(new MultiReader(readers.toArray(IndexReader[]::new), false));
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
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(operator);
        Query textQuery = parser.parse(text);
        if (textQuery == null) {
            return new Result(0, List.of(), Map.of(), 0);
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermInSetQuery(ContentFields.AUDIENCE, audiences.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER)
                .add(IntPoint.newExactQuery(ContentFields.PUBLISHED, 1), BooleanClause.Occur.FILTER)
                .add(textQuery, BooleanClause.Occur.MUST)
                .build();
        TopFieldCollector top = new TopFieldCollectorManager(RELEVANCE, limit, null, Integer.MAX_VALUE, false)
                .newCollector();
        FacetCounter facets = new FacetCounter();
        searcher.search(query, MultiCollector.wrap(top, facets));
        TopDocs page = top.topDocs();

        List<String> hits = new ArrayList<>();
        int[] docs = new int[page.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc hit = page.scoreDocs[i];
            docs[i] = hit.doc;
            var stored = searcher.storedFields().document(hit.doc, STORED);
            LeafReaderContext leaf = searcher.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(hit.doc, searcher.getIndexReader().leaves()));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID);
            String id = ids.advanceExact(hit.doc - leaf.docBase) ? ids.binaryValue().utf8ToString() : "?";
            hits.add(stored.get(ContentFields.TYPE) + "#" + id);
        }
        int passages = 0;
        if (docs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("\uE000", "\uE001", "", false))
                    .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                    .withMaxNoHighlightPassages(0)
                    .build();
            Map<String, String[]> highlights = highlighter.highlightFields(HIGHLIGHTED, query, docs,
                    new int[] {1, 1, 1});
            for (String[] perDoc : highlights.values()) {
                for (String passage : perDoc) {
                    passages += passage == null ? 0 : 1;
                }
            }
        }
        return new Result(page.totalHits.value, hits, facets.counts(), passages);
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

    /** Counts the values of the facet fields over every matching document, from their doc values. */
    private static final class FacetCounter implements Collector {

        private record Leaf(String field, SortedSetDocValues values, long[] counts) {
        }

        private final List<Leaf> leaves = new ArrayList<>();
        private final Map<String, Map<String, Long>> numbers = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<Leaf> current = new ArrayList<>();
            for (String field : STRING_FACETS) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
                Leaf leaf = new Leaf(field, values, new long[(int) values.getValueCount()]);
                current.add(leaf);
                leaves.add(leaf);
            }
            List<SortedNumericDocValues> numberValues = new ArrayList<>();
            for (String field : NUMBER_FACETS) {
                numberValues.add(DocValues.getSortedNumeric(context.reader(), field));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (Leaf leaf : current) {
                        if (leaf.values().advanceExact(doc)) {
                            for (int i = 0; i < leaf.values().docValueCount(); i++) {
                                leaf.counts()[(int) leaf.values().nextOrd()]++;
                            }
                        }
                    }
                    for (int f = 0; f < numberValues.size(); f++) {
                        SortedNumericDocValues values = numberValues.get(f);
                        if (values.advanceExact(doc)) {
                            Map<String, Long> field = numbers.computeIfAbsent(NUMBER_FACETS.get(f),
                                    name -> new HashMap<>());
                            for (int i = 0; i < values.docValueCount(); i++) {
                                field.merge(Long.toString(values.nextValue()), 1L, Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, Map<String, Long>> counts() throws IOException {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            for (Leaf leaf : leaves) {
                Map<String, Long> field = counts.computeIfAbsent(leaf.field(), name -> new HashMap<>());
                for (int ord = 0; ord < leaf.counts().length; ord++) {
                    if (leaf.counts()[ord] > 0) {
                        field.merge(leaf.values().lookupOrd(ord).utf8ToString(), leaf.counts()[ord], Long::sum);
                    }
                }
            }
            numbers.forEach((field, values) -> counts.put(field, new HashMap<>(values)));
            // The 50 most frequent values of each, as the service asks for.
            counts.replaceAll((name, values) -> values.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(50)
                    .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll));
            return counts;
        }
    }
}
