package uk.sexualsafety.cop.search.analysis;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSearchAnalysisConfigurerTest {

    @Test
    void theSpellingRulesAreTheWordListsOwn() {
        assertThat(OpenSearchAnalysisConfigurer.spellingRules()).contains("organization => organisation")
                .allMatch(rule -> rule.matches("\\S+ => \\S+"));
    }

    @Test
    void documentsStackEachAcronymsLongFormWordsOnIt() {
        assertThat(OpenSearchAnalysisConfigurer.acronymLongFormRules())
                .contains("ftsu => ftsu, freedom, to, speak, up")
                .contains("ngo => ngo, national, guardian, office, guardians");
    }

    @Test
    void queriesExpandTheAcronymLinesAsWritten() {
        assertThat(OpenSearchAnalysisConfigurer.acronymRules()).contains("ae, accident and emergency")
                .noneMatch(rule -> rule.startsWith("#"));
    }

    @Test
    void theChainsHaveTheLuceneChainsSteps() {
        assertThat(OpenSearchAnalysisConfigurer.filters(PortalAnalysis.Purpose.INDEX)).containsExactly("lowercase",
                "asciifolding", "portal_possessive", "portal_spelling", "portal_acronym_long_forms", "portal_stemmer");
        assertThat(OpenSearchAnalysisConfigurer.filters(PortalAnalysis.Purpose.SEARCH)).containsExactly("lowercase",
                "asciifolding", "portal_possessive", "portal_spelling", "portal_acronyms", "portal_stemmer");
        assertThat(OpenSearchAnalysisConfigurer.filters(PortalAnalysis.Purpose.WORDS)).containsExactly("lowercase",
                "asciifolding", "portal_possessive");
    }

    @Test
    void theAmpersandPatternJoinsLoneLettersOnlyAsTheLuceneCharFilterDoes() {
        Pattern pattern = Pattern.compile(OpenSearchAnalysisConfigurer.AMPERSAND_PATTERN);

        assertThat(pattern.matcher("Went to A&E twice").replaceAll("$1$2")).isEqualTo("Went to AE twice");
        assertThat(pattern.matcher("A & E staff").replaceAll("$1$2")).isEqualTo("AE staff");
        assertThat(pattern.matcher("AT&T and Smith & Jones").replaceAll("$1$2")).isEqualTo("AT&T and Smith & Jones");
        assertThat(pattern.matcher("A&E2").replaceAll("$1$2")).isEqualTo("A&E2");
    }
}
