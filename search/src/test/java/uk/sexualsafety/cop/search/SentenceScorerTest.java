package uk.sexualsafety.cop.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceScorerTest {

    @Test
    void weighsASentenceExactlyAsLucenesScorerDoes() {
        Passage early = passage(0, 80, "harass", 12, "report", 3, "harass", 12, "patient", 40);
        Passage late = passage(4_000, 4_120, "report", 3, "report", 3);
        Passage single = passage(900, 950, "ftsu", 1);

        for (Passage passage : new Passage[] {early, late, single}) {
            assertThat(new SentenceScorer().score(passage, 20_000))
                    .isEqualTo(new PassageScorer().score(passage, 20_000));
        }
        assertThat(new SentenceScorer().score(early, 20_000)).isGreaterThan(new SentenceScorer().score(late, 20_000));
    }

    /** Matches as (word, its frequency in the document) pairs, each one word long. */
    private static Passage passage(int start, int end, Object... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            int at = start + i * 5;
            passage.addMatch(at, at + 4, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
        }
        return passage;
    }
}
