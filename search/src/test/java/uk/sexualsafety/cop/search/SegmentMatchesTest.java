package uk.sexualsafety.cop.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bitsets built clause by clause must hold exactly the documents Lucene itself finds, whatever the query's shape,
 * however dense or sparse its clauses, and with deleted documents in the segments.
 */
class SegmentMatchesTest {

    /** Words in most documents, in some, and in a handful: both ways of working out a clause get used. */
    private static final String[] COMMON = {"harassment", "report", "patient", "colleague"};
    private static final String[] OCCASIONAL = {"ambulance", "control", "night", "shift"};
    private static final String[] RARE = {"helicopter", "stadium", "ferry"};

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void indexThreeSegmentsWithDeletions() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE));
        Random random = new Random(42);
        for (int doc = 0; doc < 3_000; doc++) {
            writer.addDocument(document(doc, random));
            if (doc % 1_000 == 999) {
                writer.commit();
            }
        }
        for (int doc = 0; doc < 3_000; doc += 7) {
            writer.deleteDocuments(new Term("id", Integer.toString(doc)));
        }
        reader = DirectoryReader.open(writer);
        searcher = new IndexSearcher(reader);
        searcher.setQueryCachingPolicy(FilterCaching.INSTANCE);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        writer.close();
        directory.close();
    }

    static Stream<Query> queries() {
        return Stream.of(
                new MatchAllDocsQuery(),
                anyField("harassment"),
                anyField("helicopter"),
                all(anyField("harassment"), anyField("report")),
                all(anyField("harassment"), anyField("stadium")),
                all(anyField("night"), anyField("shift"), anyField("ambulance")),
                new BooleanQuery.Builder().add(anyField("harassment"), Occur.MUST)
                        .add(anyField("patient"), Occur.MUST_NOT).build(),
                new BooleanQuery.Builder().add(anyField("ferry"), Occur.MUST)
                        .add(anyField("patient"), Occur.MUST_NOT).build(),
                new BooleanQuery.Builder().add(anyField("harassment"), Occur.MUST)
                        .add(anyField("report"), Occur.SHOULD).build(),
                new BooleanQuery.Builder().add(new TermQuery(new Term("body", "report")), Occur.SHOULD)
                        .add(new TermQuery(new Term("body", "night")), Occur.SHOULD)
                        .add(new TermQuery(new Term("body", "shift")), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(2).build(),
                new PhraseQuery("body", "night", "shift"),
                all(new PhraseQuery("body", "harassment", "report"), anyField("colleague")),
                new BooleanQuery.Builder().add(new TermQuery(new Term("body", "patient")), Occur.MUST_NOT).build());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void holdExactlyWhatLuceneFinds(Query text) throws IOException {
        for (Query query : List.of(text, filtered(text, "MEMBERS"), filtered(text, "PUBLIC"))) {
            Query rewritten = searcher.rewrite(LookedUpTerms.in(searcher, query));
            SegmentMatches.Evaluation evaluation = new SegmentMatches().of(searcher, rewritten);
            for (LeafReaderContext leaf : reader.leaves()) {
                assertThat(evaluation.matching(leaf)).as("%s in segment %d", query, leaf.ord)
                        .isEqualTo(foundByLucene(query, leaf));
            }
        }
    }

    @Test
    void keptFiltersGiveTheSameMatchesEachTimeAndAreNeverChangedByASearch() throws IOException {
        SegmentMatches matches = new SegmentMatches();
        Query broad = filtered(anyField("harassment"), "MEMBERS");
        Query narrow = filtered(all(anyField("harassment"), anyField("report")), "MEMBERS");
        LeafReaderContext leaf = reader.leaves().getFirst();

        FixedBitSet first = matches.of(searcher, searcher.rewrite(broad)).matching(leaf);
        matches.of(searcher, searcher.rewrite(narrow)).matching(leaf);
        FixedBitSet again = matches.of(searcher, searcher.rewrite(broad)).matching(leaf);

        assertThat(again).isEqualTo(first).isEqualTo(foundByLucene(broad, leaf));
    }

    @Test
    void theCounterCountsWhatLuceneCounts() {
        MatchCounter counter = new MatchCounter();
        queries().forEach(query -> {
            try {
                assertThat(counter.count(searcher, filtered(query, "MEMBERS"), List.of()).total())
                        .as(query.toString()).isEqualTo(searcher.count(filtered(query, "MEMBERS")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Query anyField(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("title", word)), 3f), Occur.SHOULD)
                .add(new TermQuery(new Term("body", word)), Occur.SHOULD)
                .build();
    }

    private static Query all(Query... clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            all.add(clause, Occur.MUST);
        }
        return all.build();
    }

    private static Query filtered(Query text, String audience) {
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery("audience", List.of(new BytesRef(audience), new BytesRef("PUBLIC"))),
                        Occur.FILTER)
                .add(IntPoint.newExactQuery("published", 1), Occur.FILTER)
                .add(text, Occur.MUST)
                .build();
    }

    private FixedBitSet foundByLucene(Query query, LeafReaderContext leaf) throws IOException {
        FixedBitSet found = new FixedBitSet(leaf.reader().maxDoc());
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                if (base == leaf.docBase) {
                    found.set(doc);
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return found;
    }

    private static Document document(int id, Random random) {
        List<String> title = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String word : COMMON) {
            if (random.nextInt(100) < 60) {
                body.add(word);
            }
            if (random.nextInt(100) < 15) {
                title.add(word);
            }
        }
        for (String word : OCCASIONAL) {
            if (random.nextInt(100) < 8) {
                body.add(word);
            }
        }
        if (random.nextInt(400) == 0) {
            body.add(RARE[random.nextInt(RARE.length)]);
        }
        java.util.Collections.shuffle(body, random);
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        document.add(new TextField("title", String.join(" ", title), Field.Store.NO));
        document.add(new TextField("body", String.join(" ", body), Field.Store.NO));
        document.add(new StringField("audience", Map.of(0, "PUBLIC", 1, "MEMBERS", 2, "PRIVATE")
                .get(random.nextInt(3)), Field.Store.NO));
        document.add(new IntPoint("published", random.nextInt(10) == 0 ? 0 : 1));
        return document;
    }
}
