package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analysers and normalisers of every index, by name.
 * <p>
 * Index and search analysers share one chain: letters joined by an ampersand made one word ("A&E", "A & E" become
 * "AE", which the standard tokenizer would otherwise split into two letters found in almost any text), standard
 * tokenizer, lower case, ASCII folding, possessive "'s" removed (so that "AACE's" still meets its acronym rule),
 * American to British spelling ({@code spelling.txt}), the sector's acronyms both ways ({@code acronyms.txt}),
 * English (Porter2) stemming. There is deliberately no stop-word filter: short words such as "ER", "HR" or "GP" carry
 * the meaning of a query here. Only the index analyser flattens the synonym graph, which Lucene's index cannot store; a query keeps
 * the graph so that a multi-word long form stays a sequence rather than loose words.
 */
public final class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Analyser for indexing English prose. */
    public static final String ENGLISH = "portal_english";

    /** Analyser for the text people type; pair it with {@link #ENGLISH} on every full-text field. */
    public static final String ENGLISH_SEARCH = "portal_english_search";

    /** Normaliser for keyword fields used to sort, so that "É" and "e", "A" and "a" sort together. */
    public static final String SORT = "portal_sort";

    static final String SPELLING_RULES = "uk/sexualsafety/cop/search/analysis/spelling.txt";
    static final String ACRONYM_RULES = "uk/sexualsafety/cop/search/analysis/acronyms.txt";

    /** A single letter, an ampersand (spaces around it allowed), a single letter: "A&E", "R & D". */
    static final String LETTER_AMPERSAND_LETTER = "(?<![\\p{L}\\p{N}])(\\p{L}) ?& ?(\\p{L})(?![\\p{L}\\p{N}])";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        withSynonyms(context.analyzer(ENGLISH).custom().tokenizer(StandardTokenizerFactory.class))
                .tokenFilter(FlattenGraphFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");

        withSynonyms(context.analyzer(ENGLISH_SEARCH).custom().tokenizer(StandardTokenizerFactory.class))
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");

        context.normalizer(SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    private static LuceneAnalysisOptionalComponentsStep withSynonyms(LuceneAnalysisOptionalComponentsStep chain) {
        return chain
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", LETTER_AMPERSAND_LETTER)
                .param("replacement", "$1$2")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                // One word to one word: never makes a token graph, so the acronym filter can follow it.
                .tokenFilter(SynonymGraphFilterFactory.class)
                .param("synonyms", SPELLING_RULES)
                .param("ignoreCase", "true")
                .tokenFilter(SynonymGraphFilterFactory.class)
                .param("synonyms", ACRONYM_RULES)
                .param("ignoreCase", "true")
                .param("expand", "true");
    }
}
