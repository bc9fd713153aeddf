package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Creates {@link SpellingFilter}s from the rules in the {@code spellings} resource: "american => british", one word
 * on each side, lines starting with # ignored.
 */
public final class SpellingFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** The name Lucene's service loader would know it by; it is configured by class, not registered. */
    public static final String NAME = "portalSpelling";

    private final String rules;
    private CharArrayMap<String> british;

    public SpellingFilterFactory(Map<String, String> args) {
        super(args);
        rules = require(args, "spellings");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public SpellingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        try (InputStream in = loader.openResource(rules)) {
            british = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static CharArrayMap<String> parse(String text) {
        CharArrayMap<String> parsed = new CharArrayMap<>(512, false);
        for (String line : text.split("\n")) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            String[] sides = rule.split("=>");
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()
                    || sides[0].strip().contains(" ") || sides[1].strip().contains(" ")) {
                throw new IllegalArgumentException("Not a one-word spelling rule: " + rule);
            }
            parsed.put(sides[0].strip(), sides[1].strip());
        }
        return parsed;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SpellingFilter(input, british);
    }
}
