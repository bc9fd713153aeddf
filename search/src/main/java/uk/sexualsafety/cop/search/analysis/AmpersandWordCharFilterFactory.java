package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharFilterFactory;

import java.io.Reader;
import java.util.Map;

/** Creates {@link AmpersandWordCharFilter}s; it takes no parameters. */
public final class AmpersandWordCharFilterFactory extends CharFilterFactory {

    /** The name Lucene's service loader would know it by; it is configured by class, not registered. */
    public static final String NAME = "portalAmpersandWord";

    public AmpersandWordCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public AmpersandWordCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new AmpersandWordCharFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
