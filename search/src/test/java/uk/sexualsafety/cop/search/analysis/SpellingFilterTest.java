package uk.sexualsafety.cop.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SpellingFilterTest {

    @Test
    void theProjectsRulesAreOneWordForOneWord() throws IOException {
        try (InputStream rules = getClass().getClassLoader()
                .getResourceAsStream(PortalAnalysisConfigurer.SPELLING_RULES)) {
            CharArrayMap<String> british = SpellingFilterFactory.parse(
                    new String(rules.readAllBytes(), StandardCharsets.UTF_8));

            assertThat(british.get("organization")).isEqualTo("organisation");
            assertThat(british.get("behavior")).isEqualTo("behaviour");
            assertThat(british.get("organisation")).isNull();
            assertThat(british.size()).isGreaterThan(200);
        }
    }

    @Test
    void aRuleThatJoinsOrSplitsWordsIsRefused() {
        assertThat(catchThrowable(() -> SpellingFilterFactory.parse("health care => healthcare")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("health care");
        assertThat(catchThrowable(() -> SpellingFilterFactory.parse("color, colour")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
