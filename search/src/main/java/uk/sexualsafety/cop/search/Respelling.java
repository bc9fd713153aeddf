package uk.sexualsafety.cop.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import uk.sexualsafety.cop.search.mapping.ContentFields;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes the likely spelling of a query whose words are not in the index, from the words of titles and summaries as
 * written (unstemmed). Only words of letters are respelt; a word found anywhere, as written or as searched (another
 * form or spelling of it: "judgment" finds "judgement"), is left alone: in a title or summary, or in the long texts of
 * at least two items (a word once in a long text may be that text's own typo). What the
 * viewer then sees is checked by the caller: a respelling is offered only when it finds more for them, so a word seen
 * only in a draft or in an item they may not read is never offered.
 */
final class Respelling {

    /** Shorter words have too many neighbours to guess well. */
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 40;

    private final DirectSpellChecker checker;

    /** Long texts keep no unstemmed words (analysing them twice slowed rebuilds): a word is looked for as searched. */
    private final Analyzer searchAnalyzer;

    Respelling(Analyzer searchAnalyzer) {
        this.searchAnalyzer = searchAnalyzer;
        checker = new DirectSpellChecker();
        checker.setAccuracy(0.7f);
        checker.setMaxEdits(2);
        checker.setMinQueryLength(MIN_LENGTH);
        // Corrections must be words at least two items use, not a one-off (a name, a typo in someone's text): the
        // checker takes candidates in more documents than this.
        checker.setThresholdFrequency(1f);
    }

    /** The text with its unknown words respelt, or empty when every word is known or none has a likely spelling. */
    Optional<String> respell(String sanitisedText, IndexReader reader) throws IOException {
        String[] words = sanitisedText.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !word.chars().allMatch(Character::isLetter)
                    || known(word, reader)) {
                continue;
            }
            Optional<String> better = likeliest(word, reader);
            if (better.isPresent()) {
                words[i] = better.get();
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private boolean known(String word, IndexReader reader) throws IOException {
        for (String field : ContentFields.WORD_FIELDS) {
            if (reader.docFreq(new Term(field, word)) > 0) {
                return true;
            }
        }
        try (TokenStream tokens = searchAnalyzer.tokenStream(ContentFields.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            boolean found = false;
            while (tokens.incrementToken() && !found) {
                String searched = term.toString();
                found = reader.docFreq(new Term(ContentFields.TITLE, searched)) > 0
                        || reader.docFreq(new Term(ContentFields.SUMMARY, searched)) > 0
                        || reader.docFreq(new Term(ContentFields.BODY, searched)) >= 2;
            }
            tokens.end();
            return found;
        }
    }

    private Optional<String> likeliest(String word, IndexReader reader) throws IOException {
        SuggestWord best = null;
        for (String field : ContentFields.WORD_FIELDS) {
            for (SuggestWord candidate : checker.suggestSimilar(new Term(field, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                if (best == null || candidate.score > best.score
                        || candidate.score == best.score && candidate.freq > best.freq) {
                    best = candidate;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.string);
    }
}
