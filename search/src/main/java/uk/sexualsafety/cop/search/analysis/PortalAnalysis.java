package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of the portal's English analysis chains, for the index (through
 * {@link PortalAnalysisConfigurer}) and for plain Lucene (e.g. ranking a few texts in memory), so that both always
 * analyse text the same way. {@link PortalAnalysisConfigurer} says what each step is for.
 */
public final class PortalAnalysis {

    /**
     * Which chain: documents stack acronyms' long forms, queries expand them; words as written stop after the
     * normalising steps (no spellings, acronyms or stems), for completions and respellings people would type.
     */
    public enum Purpose {
        INDEX, SEARCH, WORDS
    }

    /** One step of a chain: a Lucene factory and its parameters. */
    record Step(Class<? extends AbstractAnalysisFactory> factory, Map<String, String> params) {

        Step {
            params = Map.copyOf(params);
        }

        static Step of(Class<? extends AbstractAnalysisFactory> factory, String... keysAndValues) {
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                params.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return new Step(factory, params);
        }
    }

    static final Class<? extends TokenizerFactory> TOKENIZER = StandardTokenizerFactory.class;

    static final List<Step> CHAR_FILTERS = List.of(Step.of(AmpersandWordCharFilterFactory.class));

    private PortalAnalysis() {
    }

    /** The token filters of the chain, in order. */
    static List<Step> tokenFilters(Purpose purpose) {
        List<Step> steps = new ArrayList<>(List.of(
                Step.of(LowerCaseFilterFactory.class),
                Step.of(ASCIIFoldingFilterFactory.class),
                Step.of(EnglishPossessiveFilterFactory.class)));
        if (purpose == Purpose.WORDS) {
            return List.copyOf(steps);
        }
        steps.add(Step.of(SpellingFilterFactory.class, "spellings", PortalAnalysisConfigurer.SPELLING_RULES));
        steps.add(switch (purpose) {
            case INDEX -> Step.of(AcronymLongFormFilterFactory.class,
                    "acronyms", PortalAnalysisConfigurer.ACRONYM_RULES);
            case SEARCH -> Step.of(SynonymGraphFilterFactory.class, "synonyms", PortalAnalysisConfigurer.ACRONYM_RULES,
                    "ignoreCase", "true", "expand", "true");
            case WORDS -> throw new IllegalStateException("Words as written end before this step");
        });
        steps.add(Step.of(SnowballPorterFilterFactory.class, "language", "English"));
        return List.copyOf(steps);
    }

    /**
     * A new Lucene analyser with the chain, reading its rules from the classpath. Analysers are thread-safe;
     * build one and keep it.
     */
    public static Analyzer analyzer(Purpose purpose) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer
                    .builder(new ClasspathResourceLoader(PortalAnalysis.class.getClassLoader()))
                    .withTokenizer(TOKENIZER);
            for (Step step : CHAR_FILTERS) {
                builder.addCharFilter(step.factory().asSubclass(CharFilterFactory.class), new HashMap<>(step.params()));
            }
            for (Step step : tokenFilters(purpose)) {
                builder.addTokenFilter(step.factory().asSubclass(TokenFilterFactory.class),
                        new HashMap<>(step.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("The portal's analysis rules could not be read", e);
        }
    }
}
