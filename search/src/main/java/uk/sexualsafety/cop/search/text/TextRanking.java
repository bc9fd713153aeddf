package uk.sexualsafety.cop.search.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import uk.sexualsafety.cop.search.QueryText;
import uk.sexualsafety.cop.search.analysis.PortalAnalysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks a bounded handful of texts against what someone typed, for content that is not in the search index (such as
 * items waiting for moderation): the texts go into a throwaway in-memory Lucene index analysed exactly as the portal's
 * index is ({@link PortalAnalysis}: stemming, British and American spellings, acronyms both ways, "A&E", no stop
 * words), and the query uses the search page's syntax: every word must match, "quoted phrases", -excluded words,
 * a trailing * for prefixes, | for either. Plain Java, thread-safe; build one and keep it (the analysers read their
 * rules once). Nothing here logs the text.
 */
public final class TextRanking {

    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String ORDER = "order";

    /** As in the portal's index, a word in the title counts for more than one in the text. */
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3.0f, TEXT, 1.0f);

    private final Analyzer indexAnalyzer = PortalAnalysis.analyzer(PortalAnalysis.Purpose.INDEX);
    private final Analyzer searchAnalyzer = PortalAnalysis.analyzer(PortalAnalysis.Purpose.SEARCH);

    /**
     * One item to rank: its id, its title and its other texts (in any number; null ones are skipped).
     */
    public record Candidate(long id, String title, List<String> texts) {

        public Candidate {
            title = Objects.requireNonNullElse(title, "");
            texts = texts == null ? List.of() : texts.stream().filter(Objects::nonNull).toList();
        }
    }

    /**
     * The ids of the candidates that match the text, best first; candidates that match equally keep the order they
     * were given in. Any text is accepted: it is made safe with {@link QueryText#sanitise}, and syntax the parser
     * cannot use matches nothing rather than failing. A text that is empty once made safe matches every candidate,
     * in the order given, as an empty search does on the search page.
     */
    public List<Long> rank(String text, List<Candidate> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        String query = QueryText.sanitise(text);
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (query.isEmpty()) {
            return candidates.stream().map(Candidate::id).toList();
        }
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory, candidates);
            return search(directory, query, candidates);
        } catch (IndexSearcher.TooManyClauses tooComplex) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Ranking texts in memory failed", e);
        }
    }

    private void index(Directory directory, List<Candidate> candidates) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (int order = 0; order < candidates.size(); order++) {
                Candidate candidate = candidates.get(order);
                Document document = new Document();
                document.add(new TextField(TITLE, candidate.title(), Field.Store.NO));
                for (String text : candidate.texts()) {
                    document.add(new TextField(TEXT, text, Field.Store.NO));
                }
                // The position in the list given, to break ties by and to find the candidate again.
                document.add(new NumericDocValuesField(ORDER, order));
                writer.addDocument(document);
            }
        }
    }

    private List<Long> search(Directory directory, String query, List<Candidate> candidates) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(searchAnalyzer, WEIGHTS, QueryText.SYNTAX);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(query);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort bestFirst = new Sort(SortField.FIELD_SCORE, new SortField(ORDER, SortField.Type.LONG));
            ScoreDoc[] hits = searcher.search(parsed, candidates.size(), bestFirst, false).scoreDocs;
            List<Long> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                int order = ((Number) ((FieldDoc) hit).fields[1]).intValue();
                ids.add(candidates.get(order).id());
            }
            return List.copyOf(ids);
        }
    }
}
