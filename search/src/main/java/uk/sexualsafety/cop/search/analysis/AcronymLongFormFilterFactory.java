package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates {@link AcronymLongFormFilter}s from the acronym rules ({@code acronyms} parameter, Solr synonym format):
 * on each line, every single-word form (the acronyms) gets the words of the line's multi-word forms (the long forms).
 */
public final class AcronymLongFormFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** The name Lucene's service loader would know it by; it is configured by class, not registered. */
    public static final String NAME = "portalAcronymLongForm";

    private final String rules;
    private CharArrayMap<String[]> longForms;

    public AcronymLongFormFilterFactory(Map<String, String> args) {
        super(args);
        rules = require(args, "acronyms");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public AcronymLongFormFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        try (InputStream in = loader.openResource(rules)) {
            longForms = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static CharArrayMap<String[]> parse(String text) {
        CharArrayMap<String[]> parsed = new CharArrayMap<>(64, false);
        longForms(text).forEach(parsed::put);
        return parsed;
    }

    /** Each acronym of the rules with the words of its long forms, in the rules' order. */
    static Map<String, String[]> longForms(String text) {
        Map<String, String[]> parsed = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            List<String> acronyms = new ArrayList<>();
            Set<String> words = new LinkedHashSet<>();
            for (String form : rule.split(",")) {
                String[] formWords = form.strip().split("\\s+");
                if (formWords.length == 1) {
                    acronyms.add(formWords[0]);
                } else {
                    for (String word : formWords) {
                        // The index analyser has removed possessives before this filter runs.
                        words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
                    }
                }
            }
            for (String acronym : acronyms) {
                parsed.put(acronym, words.toArray(String[]::new));
            }
        }
        return parsed;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new AcronymLongFormFilter(input, longForms);
    }
}
