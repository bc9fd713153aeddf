package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;

/**
 * The analysers and normalisers of every index, by name.
 * <p>
 * Both analysers share one chain: letters joined by an ampersand made one word ("A&E", "A & E" become "AE", which the
 * standard tokenizer would otherwise split into two letters found in almost any text), standard tokenizer, lower
 * case, ASCII folding, possessive "'s" removed (so that "AACE's" still meets its acronym rule), American to British
 * spelling ({@code spelling.txt}), English (Porter2) stemming. There is deliberately no stop-word filter: short words
 * such as "ER", "HR" or "GP" carry the meaning of a query here.
 * <p>
 * The sector's acronyms and their long forms ({@code acronyms.txt}) work both ways. The search analyser expands what
 * people type: the query for "FTSU" asks for "ftsu" or "freedom to speak up". The other way needs the documents: the
 * simple query parser analyses each typed word on its own, so "freedom to speak up" is four words that no rule sees
 * together, and a document that says "FTSU" must hold those words; the index analyser stacks them on the acronym
 * ({@link AcronymLongFormFilter}). It used to expand with the synonym graph, which an index cannot store without
 * Lucene's flatten-graph filter: with the expansion, about 40% of indexing time.
 */
public final class PortalAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Analyser for indexing English prose. */
    public static final String ENGLISH = "portal_english";

    /** Analyser for the text people type; pair it with {@link #ENGLISH} on every full-text field. */
    public static final String ENGLISH_SEARCH = "portal_english_search";

    /**
     * Analyser for words as written: the same tokens as {@link #ENGLISH} before acronyms, spellings and stemming, so
     * that completions and respellings are real words people would type.
     */
    public static final String WORDS = "portal_words";

    /** Normaliser for keyword fields used to sort, so that "É" and "e", "A" and "a" sort together. */
    public static final String SORT = "portal_sort";

    static final String SPELLING_RULES = "uk/sexualsafety/cop/search/analysis/spelling.txt";
    static final String ACRONYM_RULES = "uk/sexualsafety/cop/search/analysis/acronyms.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        normalised(context.analyzer(ENGLISH).custom())
                .tokenFilter(AcronymLongFormFilterFactory.class)
                .param("acronyms", ACRONYM_RULES)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");

        normalised(context.analyzer(ENGLISH_SEARCH).custom())
                .tokenFilter(SynonymGraphFilterFactory.class)
                .param("synonyms", ACRONYM_RULES)
                .param("ignoreCase", "true")
                .param("expand", "true")
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");

        context.analyzer(WORDS).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(AmpersandWordCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class);

        context.normalizer(SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    private static LuceneAnalysisOptionalComponentsStep normalised(LuceneAnalyzerTokenizerStep analyzer) {
        return analyzer.tokenizer(StandardTokenizerFactory.class)
                .charFilter(AmpersandWordCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(SpellingFilterFactory.class)
                .param("spellings", SPELLING_RULES);
    }
}
