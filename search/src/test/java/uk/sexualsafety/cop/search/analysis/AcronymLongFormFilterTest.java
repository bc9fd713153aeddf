package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymLongFormFilterTest {

    @Test
    void eachAcronymGetsTheWordsOfItsLongFormsWithoutPossessivesOrRepeats() {
        CharArrayMap<String[]> rules = AcronymLongFormFilterFactory.parse("""
                # a comment
                ftsu, freedom to speak up
                ngo, national guardian's office, national guardians office
                sarc, sarcs, sexual assault referral centre
                """);

        assertThat(rules.get("ftsu")).containsExactly("freedom", "to", "speak", "up");
        assertThat(rules.get("ngo")).containsExactly("national", "guardian", "office", "guardians");
        assertThat(rules.get("sarcs")).containsExactly("sexual", "assault", "referral", "centre");
        assertThat(rules.get("freedom")).isNull();
    }

    @Test
    void theLongFormIsStackedOnTheAcronymWithItsOffsets() throws IOException {
        CharArrayMap<String[]> rules = AcronymLongFormFilterFactory.parse("hr, human resources");

        assertThat(tokens(rules, "Ask HR today")).containsExactly("ask@1[0,3]", "hr@1[4,6]", "human@0[4,6]",
                "resources@0[4,6]", "today@1[7,12]");
    }

    @Test
    void theProjectsRulesGiveEveryAcronymItsLongForm() throws IOException {
        try (InputStream rules = getClass().getClassLoader()
                .getResourceAsStream(PortalAnalysisConfigurer.ACRONYM_RULES)) {
            CharArrayMap<String[]> parsed = AcronymLongFormFilterFactory.parse(
                    new String(rules.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(parsed.get("ae")).containsExactly("accident", "and", "emergency");
            assertThat(parsed.get("aace")).containsExactly("association", "of", "ambulance", "chief", "executives");
            parsed.values().forEach(words -> assertThat(words).isNotEmpty());
        }
    }

    private static List<String> tokens(CharArrayMap<String[]> rules, String text) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new AcronymLongFormFilter(new LowerCaseFilter(tokenizer), rules));
            }
        };
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + increment.getPositionIncrement() + "[" + offset.startOffset() + ","
                        + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }
}
