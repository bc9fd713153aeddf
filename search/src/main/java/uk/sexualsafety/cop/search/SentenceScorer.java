package uk.sexualsafety.cop.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks a text's sentences exactly as Lucene's passage scorer does (BM25 over the sentence, favouring early ones), but
 * finds a sentence's distinct words by comparing its few matches with each other. Lucene's own scorer builds a hash
 * table, with 32 KB of buffers, for every sentence it weighs: on a long policy that was a fifth of all the memory a
 * search allocated.
 */
final class SentenceScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDocument = passage.getMatchTermFreqsInDoc();
        double score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int index) {
        for (int i = 0; i < index; i++) {
            if (terms[i].bytesEquals(terms[index])) {
                return true;
            }
        }
        return false;
    }
}
