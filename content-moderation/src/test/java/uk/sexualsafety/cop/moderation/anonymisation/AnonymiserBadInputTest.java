package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever people paste into a story: findings or none, never an exception, and time that grows with the length of
 * the text, not faster. Time bounds are generous on purpose (linear work takes a second or two; a quadratic loop or
 * backtracking on a megabyte takes hours), so a busy machine never fails them.
 */
class AnonymiserBadInputTest {

    private static final int MEBIBYTE = 1 << 20;
    private final Anonymiser standard = Anonymiser.standard();

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
            "0123456789",
            "!!!???...,,,;;;:::---___***",
            "@@@ (at) [at] {at} dot dot dot",
            "Сара сказала, что Лидс — это Sarah in Leeds",
            "محمد قال انه في ليدز ثم Mohammed said he was in Leeds",
            "שרה אמרה שזה קרה בלידס",
            "王伟说他在利兹 Wang Wei said Leeds",
            "😀😡🚑 sarah 👮 leeds 🏥 07700 900123 💉",
            "\u202Eleeds ni saw harasi\u202C and then \u200Fjas\u200F",
            "a\u0301\u0301\u0301 sio\u0301bha\u0301n combining marks",
            "\uD83D\uDE91\uD83D\uDE91 lone surrogates \uD83D",
            "\t\n\r\f \u00A0\u2028\u2029",
            "ǅ ǈ ǋ title-case letters ǲ",
            "İstanbul ılık DİKKAT",
    })
    void odditiesGiveFindingsOrNoneAndNeverAnException(String text) {
        assertThatNoException().isThrownBy(() -> {
            List<Finding> findings = standard.analyse(text);
            assertThat(standard.apply(text, findings)).isNotNull();
        });
    }

    @Test
    void onlyDigitsOrOnlyPunctuationAtLength() {
        assertThatNoException().isThrownBy(() -> standard.analyse("7".repeat(MEBIBYTE / 8)));
        assertThatNoException().isThrownBy(() -> standard.analyse(".,;:!?-()[]{}'\"".repeat(MEBIBYTE / 150)));
    }

    @Test
    void aStoryOfTwentyThousandWordsIsAnalysedWhole() {
        String story = story(20_000, new Random(16));

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> standard.analyse(story));

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.end()).isLessThanOrEqualTo(story.length()));
    }

    static List<String> pathological() {
        return AnonymiserTest.pathologicalTexts().toList();
    }

    @Test
    void aMebibyteOfPathologicalRepetitionIsAnalysedInLinearTime() {
        // Every repetition the detectors are known to walk over, each about 50 KB, one after another.
        String text = pathological().stream()
                .map(sample -> sample.repeat(Math.max(1, MEBIBYTE / 20 / sample.length()) + 1)
                        .substring(0, MEBIBYTE / 20))
                .collect(Collectors.joining(" "));
        assertThat(text.length()).isGreaterThanOrEqualTo(MEBIBYTE - 64);

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> standard.analyse(text));
    }

    /** Words of a story, with names, places, numbers and dates among them as often as staff write them. */
    private static String story(int words, Random random) {
        String[] vocabulary = {"the", "shift", "was", "long", "and", "he", "kept", "saying", "things", "about", "my",
                "uniform", "sarah", "told", "me", "to", "report", "it", "at", "leeds", "station", "on", "the", "5th",
                "07700", "900123", "jas", "n", "i", "were", "on", "nights", "tbh", "lol", "!!!", "...", "the", "rvi",
                "ab12cde", "staff", "no", "41235", "christmas", "eve", "merseyside", "police", "😡", "ü", "siobhán"};
        return IntStream.range(0, words).mapToObj(i -> vocabulary[random.nextInt(vocabulary.length)])
                .collect(Collectors.joining(" "));
    }
}
