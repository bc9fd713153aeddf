package uk.sexualsafety.cop.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchCounterTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final MatchCounter counter = new MatchCounter();
    private IndexWriter writer;

    @BeforeEach
    void openWriter() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    @Test
    void countsEveryMatchAndEachValueAmongThemAcrossSegments() throws IOException {
        add("1", "story", 2024, "BULLYING", "STALKING");
        add("2", "story", 2025, "STALKING");
        writer.commit(); // a second segment follows
        add("3", "policy", 2025, "STALKING");
        add("4", "story", 2023);

        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertThat(reader.leaves()).hasSize(2);
            MatchCounter.Counts counts = counter.count(new IndexSearcher(reader),
                    new TermQuery(new Term("kind", "story")), List.of("themes", "year"));

            assertThat(counts.total()).isEqualTo(3);
            assertThat(counts.of("themes")).isEqualTo(Map.of("BULLYING", 1L, "STALKING", 2L));
            assertThat(counts.of("year")).isEqualTo(Map.of("2023", 1L, "2024", 1L, "2025", 1L));
        }
    }

    @Test
    void leavesOutDeletedDocumentsAndSeesNewOnesAfterTheValuesWereKept() throws IOException {
        add("1", "story", 2024, "STALKING");
        add("2", "story", 2024, "STALKING");
        writer.commit();
        try (DirectoryReader before = DirectoryReader.open(writer)) {
            assertThat(counter.count(new IndexSearcher(before), new MatchAllDocsQuery(), List.of("themes"))
                    .of("themes")).isEqualTo(Map.of("STALKING", 2L));
        }

        writer.deleteDocuments(new Term("id", "1"));
        add("3", "story", 2025, "BULLYING");
        try (DirectoryReader after = DirectoryReader.open(writer)) {
            MatchCounter.Counts counts = counter.count(new IndexSearcher(after), new MatchAllDocsQuery(),
                    List.of("themes", "year"));

            assertThat(counts.total()).isEqualTo(2);
            assertThat(counts.of("themes")).isEqualTo(Map.of("STALKING", 1L, "BULLYING", 1L));
            assertThat(counts.of("year")).isEqualTo(Map.of("2024", 1L, "2025", 1L));
        }
    }

    @Test
    void noMatchesCountNothingAndAFieldNoDocumentHasCountsNoValues() throws IOException {
        add("1", "story", 2024, "STALKING");
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);

            MatchCounter.Counts none = counter.count(searcher, new TermQuery(new Term("kind", "resource")),
                    List.of("themes"));
            MatchCounter.Counts absentField = counter.count(searcher, new MatchAllDocsQuery(), List.of("region"));

            assertThat(none.total()).isZero();
            assertThat(none.of("themes")).isEmpty();
            assertThat(absentField.total()).isEqualTo(1);
            assertThat(absentField.of("region")).isEmpty();
        }
    }

    @Test
    void refusesAFieldWithoutSortedDocValues() throws IOException {
        add("1", "story", 2024, "STALKING");
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertThatThrownBy(() -> counter.count(new IndexSearcher(reader), new MatchAllDocsQuery(),
                    List.of("kind")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kind");
        }
    }

    private void add(String id, String kind, int year, String... themes) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.NO));
        document.add(new StringField("kind", kind, Field.Store.NO));
        document.add(new SortedNumericDocValuesField("year", year));
        for (String theme : themes) {
            document.add(new SortedSetDocValuesField("themes", new BytesRef(theme)));
        }
        writer.addDocument(document);
    }
}
