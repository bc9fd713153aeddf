package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortalAnalysisTest {

    @Test
    void wordsAsWrittenAreNormalisedButNeitherRespeltExpandedNorStemmed() throws IOException {
        assertThat(tokens(PortalAnalysis.Purpose.WORDS, "Harassed at A&E, the Organization's FTSU"))
                .containsExactly("harassed", "at", "ae", "the", "organization", "ftsu");
    }

    @Test
    void theIndexChainRespellsExpandsAndStems() throws IOException {
        assertThat(tokens(PortalAnalysis.Purpose.INDEX, "Harassed at the Organization's FTSU"))
                .contains("harass", "organis", "ftsu", "freedom", "speak");
    }

    private static List<String> tokens(PortalAnalysis.Purpose purpose, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = PortalAnalysis.analyzer(purpose);
             TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
