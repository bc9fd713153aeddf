package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;

import java.util.TreeMap;

/**
 * The analysers and normalisers of every index, by name. The analysers' chains are defined once, in
 * {@link PortalAnalysis}, which also builds them for plain Lucene.
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
        define(context.analyzer(ENGLISH).custom(), PortalAnalysis.Purpose.INDEX);
        define(context.analyzer(ENGLISH_SEARCH).custom(), PortalAnalysis.Purpose.SEARCH);

        define(context.analyzer(WORDS).custom(), PortalAnalysis.Purpose.WORDS);

        context.normalizer(SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /** The chain of {@link PortalAnalysis}, step by step, so that the index and plain Lucene never drift apart. */
    private static void define(LuceneAnalyzerTokenizerStep analyzer, PortalAnalysis.Purpose purpose) {
        LuceneAnalysisOptionalComponentsStep chain = analyzer.tokenizer(PortalAnalysis.TOKENIZER);
        for (PortalAnalysis.Step step : PortalAnalysis.CHAR_FILTERS) {
            chain = withParams(chain.charFilter(step.factory().asSubclass(CharFilterFactory.class)), step);
        }
        for (PortalAnalysis.Step step : PortalAnalysis.tokenFilters(purpose)) {
            chain = withParams(chain.tokenFilter(step.factory().asSubclass(TokenFilterFactory.class)), step);
        }
    }

    private static LuceneAnalysisComponentParametersStep withParams(LuceneAnalysisComponentParametersStep component,
                                                                     PortalAnalysis.Step step) {
        LuceneAnalysisComponentParametersStep withParams = component;
        // Sorted, so that the definition reads the same at every start.
        for (var param : new TreeMap<>(step.params()).entrySet()) {
            withParams = withParams.param(param.getKey(), param.getValue());
        }
        return withParams;
    }
}
