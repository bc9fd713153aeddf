package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AmpersandWordCharFilterTest {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new AmpersandWordCharFilterFactory(new HashMap<>()).create(reader);
        }
    };

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Crews waiting in A&E corridors  | Crews waiting in AE corridors
            sent to A & E twice             | sent to AE twice
            a&e                             | ae
            A&E and A & E                   | AE and AE
            R&D's budget                    | RD's budget
            A&B&C                           | AB&C
            Smith & Jones                   | Smith & Jones
            AT&T                            | AT&T
            A&&E                            | A&&E
            2&3                             | 2&3
            &E                              | &E
            A&                              | A&
            an e-learning course for a team | an e-learning course for a team
            """)
    void lettersJoinedByAnAmpersandBecomeOneWord(String text, String expected) throws IOException {
        try (Reader filtered = new AmpersandWordCharFilter(new StringReader(text))) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[3];
            for (int read = filtered.read(buffer); read >= 0; read = filtered.read(buffer)) {
                out.append(buffer, 0, read);
            }
            assertThat(out.toString()).isEqualTo(expected);
        }
    }

    @Test
    void offsetsPointAtTheOriginalTextSoHighlightsCoverIt() throws IOException {
        String text = "Wait in A & E, then R&D.";

        assertThat(tokens(text)).containsExactly("Wait[0,4]", "in[5,7]", "AE[8,13]", "then[15,19]", "RD[20,23]");
    }

    @Test
    void itTakesNoParameters() {
        assertThat(catchThrowable(() -> new AmpersandWordCharFilterFactory(new HashMap<>(Map.of("x", "y")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }
}
