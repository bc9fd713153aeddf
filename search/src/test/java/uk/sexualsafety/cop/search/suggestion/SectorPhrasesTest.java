package uk.sexualsafety.cop.search.suggestion;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SectorPhrasesTest {

    private final SectorPhrases phrases = new SectorPhrases(List.of("Freedom to Speak Up", "speaking up",
            "Freedom to Speak Up Guardian", "National Guardian's Office", "Third-party harassment"));

    @Test
    void phrasesStartingWithTheTypedWordsComeBeforeThoseContainingThem() {
        assertThat(phrases.matching("spea", 5)).containsExactly("speaking up", "Freedom to Speak Up",
                "Freedom to Speak Up Guardian");
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(phrases.matching("guardians off", 5)).containsExactly("National Guardian's Office");
        assertThat(phrases.matching("THIRD PARTY", 5)).containsExactly("Third-party harassment");
        assertThat(phrases.matching("fréedom", 1)).containsExactly("Freedom to Speak Up");
    }

    @Test
    void nothingIsOfferedForNoText() {
        assertThat(phrases.matching("  ", 5)).isEmpty();
        assertThat(phrases.matching("!!", 5)).isEmpty();
    }

    @Test
    void theBundledListIncludesThemesAndStructuresOfHarm() {
        SectorPhrases bundled = SectorPhrases.load();

        assertThat(bundled.matching("power imb", 3)).containsExactly("Power imbalance");
        assertThat(bundled.matching("colleague to pat", 3)).containsExactly("Colleague to patient");
    }
}
