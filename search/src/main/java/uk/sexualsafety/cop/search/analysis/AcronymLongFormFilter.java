package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Adds the words of an acronym's long forms at the acronym's own position: "FTSU" is indexed as "ftsu" with
 * "freedom", "to", "speak" and "up" stacked on it. Lucene's simple query parser analyses each word someone types on
 * its own, so a typed long form never meets a multi-word synonym rule: the document itself must hold the words.
 * Stacked words make no token graph, so the index needs no flatten-graph filter, which cost a third of indexing.
 * Phrases of a long form still find the acronym through the search analyser, which expands it in the query.
 */
final class AcronymLongFormFilter extends TokenFilter {

    private final CharArrayMap<String[]> longForms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State acronym;
    private String[] pending;
    private int next;

    AcronymLongFormFilter(TokenStream input, CharArrayMap<String[]> longForms) {
        super(input);
        this.longForms = longForms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(acronym);
            term.setEmpty().append(pending[next++]);
            increment.setPositionIncrement(0);
            if (next == pending.length) {
                pending = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String[] words = longForms.get(term.buffer(), 0, term.length());
        if (words != null) {
            acronym = captureState();
            pending = words;
            next = 0;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        acronym = null;
        pending = null;
    }
}
