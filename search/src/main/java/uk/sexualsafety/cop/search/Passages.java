package uk.sexualsafety.cop.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The one passage a hit shows: the best sentence of its summary, else of its long text, with the query's words marked
 * by the two private-use characters {@link HighlightedText} reads. Summaries are short and already read, so they are
 * analysed again; long texts are read, with their words' offsets, only for the documents whose summary has no match:
 * a snippet never shows both, and a long text costs far more to read. Thread-safe.
 */
public final class Passages {

    private final Analyzer indexAnalyzer;

    /** @param indexAnalyzer how the summary and long text were analysed, to find a summary's words again */
    public Passages(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /**
     * For each document, its passage or null when neither field has a match. {@code textQuery} is the text alone: the
     * filters hold for every hit and mark nothing. {@code summaries} are the documents' summaries (null for none).
     */
    public String[] best(IndexSearcher searcher, Query textQuery, int[] docs, String[] summaries)
            throws IOException {
        FieldHighlighter summaryHighlighter = new SummaryHighlighter(
                configured(UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer))).forSummaries(textQuery);
        String[] passages = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            if (summaries[i] != null) {
                passages[i] = (String) summaryHighlighter.highlightFieldForDoc(null, -1, summaries[i]);
            }
        }
        int[] withoutPassage = IntStream.range(0, docs.length).filter(i -> passages[i] == null).toArray();
        if (withoutPassage.length > 0) {
            int[] rest = Arrays.stream(withoutPassage).map(i -> docs[i]).toArray();
            String[] fromBody = configured(UnifiedHighlighter.builder(searcher, indexAnalyzer)).build()
                    .highlightFields(new String[] {ContentFields.BODY}, textQuery, rest, new int[] {1})
                    .get(ContentFields.BODY);
            for (int j = 0; j < rest.length; j++) {
                passages[withoutPassage[j]] = fromBody[j];
            }
        }
        return passages;
    }

    /**
     * Sentences; nothing for a field without a match. The whole long text is read, so that a match deep in a policy
     * still gives its snippet. Each of the query's words is marked wherever the field has it: the query as a whole
     * need not match the one field (a hit found by its title and "FTSU" still shows "Freedom to Speak Up" marked in
     * its summary).
     */
    private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder builder) {
        return builder.withFormatter(new DefaultPassageFormatter(String.valueOf(HighlightedText.MARK_START),
                        String.valueOf(HighlightedText.MARK_END), "", false))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withScorer(new SentenceScorer())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withWeightMatches(false)
                // Without this, a short summary is analysed into an in-memory index of its own only to weigh which
                // sentence is best; without phrases its words are marked straight from the analysed text.
                .withPassageRelevancyOverSpeed(false);
    }

    /**
     * Summaries are analysed again, all with one field highlighter per search: what the query asks of the field
     * (its words, their matchers) is worked out once instead of once per hit.
     */
    private static final class SummaryHighlighter extends UnifiedHighlighter {

        SummaryHighlighter(Builder builder) {
            super(builder);
        }

        FieldHighlighter forSummaries(Query textQuery) {
            return getFieldHighlighter(ContentFields.SUMMARY, textQuery, extractTerms(textQuery), 1);
        }
    }
}
