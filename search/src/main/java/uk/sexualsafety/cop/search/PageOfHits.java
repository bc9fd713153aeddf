package uk.sexualsafety.cop.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns the documents of one page into hits: what the list shows, read from the stored fields, and each document's
 * {@link Passages passage}.
 */
final class PageOfHits {

    /** Hibernate Search keeps each document's identifier, as text, in these doc values (it stores no id field). */
    static final String DOCUMENT_ID = "__HSEARCH_id_docvalue";

    private static final Set<String> SHOWN = Set.of(ContentFields.TYPE, ContentFields.TITLE, ContentFields.SUMMARY,
            ContentFields.DATE, ContentFields.CONTENT_WARNINGS, ContentFields.ORGANISATION_NAME,
            ContentFields.ORGANISATION_TYPE);
    private static final int SNIPPET_LENGTH = 240;

    private final Passages highlighting;

    PageOfHits(Passages highlighting) {
        this.highlighting = highlighting;
    }

    /**
     * The hits for {@code page} (in its order), with the words of {@code textQuery} marked (null when there is no
     * text); {@code scoreField} is the position of the score among each document's sort values, or -1 when the order
     * does not use it.
     */
    List<SearchHit> read(IndexSearcher searcher, Query textQuery, ScoreDoc[] page, int scoreField)
            throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        StoredFields stored = searcher.storedFields();
        Document[] documents = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            documents[i] = stored.document(docs[i], SHOWN);
        }
        String[] passages = textQuery == null ? new String[docs.length] : highlighting.best(searcher, textQuery, docs,
                Arrays.stream(documents).map(document -> document.get(ContentFields.SUMMARY)).toArray(String[]::new));
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = documents[i];
            String date = document.get(ContentFields.DATE);
            hits.add(new SearchHit(id(searcher, docs[i]), ContentType.valueOf(document.get(ContentFields.TYPE)),
                    document.get(ContentFields.TITLE), snippet(document.get(ContentFields.SUMMARY), passages[i]),
                    score(page[i], scoreField), date == null ? null : LocalDate.parse(date),
                    List.of(document.getValues(ContentFields.CONTENT_WARNINGS)),
                    document.get(ContentFields.ORGANISATION_NAME), document.get(ContentFields.ORGANISATION_TYPE)));
        }
        return hits;
    }

    private static long id(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), DOCUMENT_ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A document of the search index has no identifier");
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    private static float score(ScoreDoc hit, int scoreField) {
        if (scoreField >= 0 && hit instanceof FieldDoc sorted && sorted.fields[scoreField] instanceof Float score
                && !score.isNaN()) {
            return score;
        }
        return 0f;
    }

    /**
     * The best passage of the summary or the long text; else the start of the summary, which says more than the
     * title shown above it; else nothing (the title is shown whole above the snippet).
     */
    private static HighlightedText snippet(String summary, String passage) {
        if (passage != null) {
            return HighlightedText.fromMarkers(passage).excerpt(SNIPPET_LENGTH);
        }
        if (summary != null && !summary.isBlank()) {
            return HighlightedText.plain(summary).excerpt(SNIPPET_LENGTH);
        }
        return HighlightedText.plain("");
    }
}
