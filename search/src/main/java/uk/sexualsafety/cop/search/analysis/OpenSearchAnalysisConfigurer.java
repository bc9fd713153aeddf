package uk.sexualsafety.cop.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The analysers and normaliser of {@link PortalAnalysisConfigurer}, under the same names, in OpenSearch's built-in
 * components, generated from the same word lists ({@code spelling.txt}, {@code acronyms.txt}), so that a list changes
 * in one place for both engines (decision 037):
 * <ul>
 *     <li>the A&amp;E char filter: a {@code pattern_replace} joining a lone letter, an ampersand and a lone
 *     letter;</li>
 *     <li>possessives: the {@code possessive_english} stemmer, as Lucene's possessive filter;</li>
 *     <li>American to British spelling: a {@code synonym} filter of the list's one-word "a =&gt; b" rules;</li>
 *     <li>acronyms in documents: a {@code synonym} filter stacking each acronym's long-form words on it
 *     ("ftsu =&gt; ftsu, freedom, to, speak, up"), as {@link AcronymLongFormFilter} does;</li>
 *     <li>acronyms in queries: a {@code synonym_graph} of the list's lines, expanded both ways, as in Lucene;</li>
 *     <li>stems: the {@code snowball} English (Porter2) stemmer, as Lucene's.</li>
 * </ul>
 */
public final class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    static final String AMPERSAND_WORD = "portal_ampersand_word";
    static final String POSSESSIVE = "portal_possessive";
    static final String SPELLING = "portal_spelling";
    static final String ACRONYM_LONG_FORMS = "portal_acronym_long_forms";
    static final String ACRONYMS = "portal_acronyms";
    static final String STEMMER = "portal_stemmer";

    /**
     * A letter standing alone (no letter or digit beside it), an ampersand with at most one space each side, and
     * another lone letter: the rule of {@link AmpersandWordCharFilter}.
     */
    static final String AMPERSAND_PATTERN = "(?<![\\p{L}\\p{N}])(\\p{L}) ?& ?(\\p{L})(?![\\p{L}\\p{N}])";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(AMPERSAND_WORD).type("pattern_replace")
                .param("pattern", AMPERSAND_PATTERN)
                .param("replacement", "$1$2");
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(SPELLING).type("synonym").param("synonyms", spellingRules());
        context.tokenFilter(ACRONYM_LONG_FORMS).type("synonym").param("synonyms", acronymLongFormRules());
        context.tokenFilter(ACRONYMS).type("synonym_graph").param("expand", true)
                .param("synonyms", acronymRules());
        context.tokenFilter(STEMMER).type("snowball").param("language", "English");

        context.analyzer(PortalAnalysisConfigurer.ENGLISH).custom().tokenizer("standard")
                .charFilters(AMPERSAND_WORD).tokenFilters(filters(PortalAnalysis.Purpose.INDEX));
        context.analyzer(PortalAnalysisConfigurer.ENGLISH_SEARCH).custom().tokenizer("standard")
                .charFilters(AMPERSAND_WORD).tokenFilters(filters(PortalAnalysis.Purpose.SEARCH));
        context.analyzer(PortalAnalysisConfigurer.WORDS).custom().tokenizer("standard")
                .charFilters(AMPERSAND_WORD).tokenFilters(filters(PortalAnalysis.Purpose.WORDS));
        context.normalizer(PortalAnalysisConfigurer.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The same steps as {@link PortalAnalysis#tokenFilters}, in OpenSearch's names. */
    static String[] filters(PortalAnalysis.Purpose purpose) {
        List<String> steps = new ArrayList<>(List.of("lowercase", "asciifolding", POSSESSIVE));
        if (purpose != PortalAnalysis.Purpose.WORDS) {
            steps.add(SPELLING);
            steps.add(purpose == PortalAnalysis.Purpose.INDEX ? ACRONYM_LONG_FORMS : ACRONYMS);
            steps.add(STEMMER);
        }
        return steps.toArray(String[]::new);
    }

    static String[] spellingRules() {
        String text = read(PortalAnalysisConfigurer.SPELLING_RULES);
        // Validated as the Lucene filter validates them, so that a bad line fails both engines alike.
        SpellingFilterFactory.parse(text);
        return rules(text).stream().map(rule -> rule.replaceAll("\\s*=>\\s*", " => ")).toArray(String[]::new);
    }

    static String[] acronymLongFormRules() {
        Map<String, String[]> longForms =
                AcronymLongFormFilterFactory.longForms(read(PortalAnalysisConfigurer.ACRONYM_RULES));
        return longForms.entrySet().stream()
                .map(rule -> rule.getKey() + " => " + rule.getKey() + ", " + String.join(", ", rule.getValue()))
                .toArray(String[]::new);
    }

    static String[] acronymRules() {
        return rules(read(PortalAnalysisConfigurer.ACRONYM_RULES)).toArray(String[]::new);
    }

    private static List<String> rules(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = OpenSearchAnalysisConfigurer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The word list " + resource + " could not be read", e);
        }
    }
}
