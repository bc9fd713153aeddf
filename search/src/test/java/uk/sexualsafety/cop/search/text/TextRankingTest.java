package uk.sexualsafety.cop.search.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TextRankingTest {

    private static final TextRanking RANKING = new TextRanking();

    private static final TextRanking.Candidate HARASSMENT = candidate(1, "Comments on the night shift",
            "A colleague harassed me for weeks on the night shift.");
    private static final TextRanking.Candidate SPEAK_UP = candidate(2, "Raising it",
            "I went to our FTSU guardian the next morning.");
    private static final TextRanking.Candidate FREEDOM = candidate(3, "A guardian listened",
            "The freedom to speak up guardian helped me write it down.");
    private static final TextRanking.Candidate EMERGENCY = candidate(4, "Handover at A&E",
            "It happened while we waited to hand over the patient.");
    private static final TextRanking.Candidate PATIENTS = candidate(5, "Patients and staff",
            "A patient made remarks about a paramedic's body; colleagues heard it.");
    private static final List<TextRanking.Candidate> ALL = List.of(HARASSMENT, SPEAK_UP, FREEDOM, EMERGENCY, PATIENTS);

    @Test
    void wordsAreFoundByTheirStem() {
        assertThat(RANKING.rank("harassment", ALL)).containsExactly(1L);
        assertThat(RANKING.rank("Harassing", ALL)).containsExactly(1L);
    }

    @Test
    void americanSpellingsFindBritishOnes() {
        var centre = List.of(candidate(10, "The referral centre", "Organised by the team."));

        assertThat(RANKING.rank("center", centre)).containsExactly(10L);
        assertThat(RANKING.rank("organized", centre)).containsExactly(10L);
    }

    @Test
    void anAcronymFindsItsLongFormAndTheLongFormFindsTheAcronym() {
        assertThat(RANKING.rank("FTSU", ALL)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(RANKING.rank("freedom to speak up", ALL)).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void aAndEIsOneWordWithItsLongForm() {
        assertThat(RANKING.rank("A&E", ALL)).containsExactly(4L);
        assertThat(RANKING.rank("accident and emergency", ALL)).containsExactly(4L);
        assertThat(RANKING.rank("a", ALL)).doesNotContain(4L);
    }

    @Test
    void aQuotedPhraseNeedsItsWordsTogether() {
        assertThat(RANKING.rank("\"night shift\"", ALL)).containsExactly(1L);
        assertThat(RANKING.rank("\"shift night\"", ALL)).isEmpty();
    }

    @Test
    void everyWordMustMatchAndAMinusExcludes() {
        assertThat(RANKING.rank("colleague", ALL)).containsExactlyInAnyOrder(1L, 5L);
        assertThat(RANKING.rank("colleague -patient", ALL)).containsExactly(1L);
        assertThat(RANKING.rank("colleague guardian", ALL)).isEmpty();
    }

    @Test
    void aWordInTheTitleRanksHigherThanTheSameWordInTheText() {
        var candidates = List.of(candidate(20, "Notes", "A word about the guardian."),
                candidate(21, "The guardian", "Notes from a meeting about it."));

        assertThat(RANKING.rank("guardian", candidates)).containsExactly(21L, 20L);
    }

    @Test
    void equallyGoodMatchesKeepTheOrderTheyWereGivenIn() {
        var candidates = List.of(candidate(32, "Same", "same words"), candidate(30, "Same", "same words"),
                candidate(31, "Same", "same words"));

        assertThat(RANKING.rank("same", candidates)).containsExactly(32L, 30L, 31L);
    }

    @Test
    void anEmptyTextMatchesEverythingInTheOrderGiven() {
        assertThat(RANKING.rank("", ALL)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(RANKING.rank("   \u0000 ", ALL)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(RANKING.rank(null, ALL)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(RANKING.rank("harassment", List.of())).isEmpty();
    }

    @Test
    void noStopWordsAreDropped() {
        var candidates = List.of(candidate(40, "Ask HR", "Speak to HR first."), candidate(41, "Other", "Nothing."));

        assertThat(RANKING.rank("HR", candidates)).containsExactly(40L);
        assertThat(RANKING.rank("human resources", candidates)).containsExactly(40L);
    }

    @Test
    void titleAndTextsMayBeMissing() {
        var candidates = List.of(new TextRanking.Candidate(50, null, null),
                new TextRanking.Candidate(51, "Night", java.util.Arrays.asList("shift", null)));

        assertThat(RANKING.rank("shift", candidates)).containsExactly(51L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced quote", "((harassment", "harassment)", "-", "--", "*", "+|-\"()~\\",
            "\\", "harassment \\", "AND OR NOT", "\uD83D\uDE00 harassment \uD83D\uDE00",
            "\u05D4\u05D8\u05E8\u05D3\u05D4 \u0645\u0636\u0627\u064A\u0642\u0629", "\uD800", "a*b*c*d*e*",
            "\u202Eharassment\u202C", "~2", "\"\"", "title:harassment"})
    void hostileTextNeverFails(String text) {
        assertThatCode(() -> RANKING.rank(text, ALL)).doesNotThrowAnyException();
    }

    @Test
    void tenThousandCharactersAreCutToAQueryNotAnError() {
        String essay = "harassment ".repeat(1_000);

        assertThat(essay).hasSizeGreaterThan(10_000);
        assertThat(RANKING.rank(essay, ALL)).containsExactly(1L);
        assertThatCode(() -> RANKING.rank("x".repeat(10_000), ALL)).doesNotThrowAnyException();
    }

    @Test
    void emojiAndRightToLeftWordsAreSearchedLikeAnyOther() {
        var candidates = List.of(candidate(60, "\u05D4\u05D8\u05E8\u05D3\u05D4", "Shared in Hebrew."),
                candidate(61, "Other", "Nothing here."));

        assertThat(RANKING.rank("\u05D4\u05D8\u05E8\u05D3\u05D4", candidates)).containsExactly(60L);
        assertThat(RANKING.rank("\uD83D\uDE00", candidates)).isEmpty();
    }

    private static TextRanking.Candidate candidate(long id, String title, String text) {
        return new TextRanking.Candidate(id, title, List.of(text));
    }
}
