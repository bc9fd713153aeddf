package uk.sexualsafety.cop.moderation.anonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DigitAnchoredPatternTest {

    @ParameterizedTest(name = "{0} with its first digit {1}..{2} in")
    @CsvSource(delimiter = ';', textBlock = """
            (?<![\\p{Alnum}])[A-Z]{1,2} ?\\d{2}(?: ?\\d{2})?(?![\\p{Alnum}])  ; 1 ; 3
            (?<![\\p{Alnum}])\\d{3}[ -]?\\d{4}(?![\\p{Alnum}])                ; 0 ; 0
            (?<![\\p{Alnum}])(?:[A-Z]\\d|GIR ?0)[A-Z]{2}(?![\\p{Alnum}])      ; 1 ; 4
            """)
    void findsWhatFindFindsInRandomText(String regex, int minDigitOffset, int maxDigitOffset) {
        Pattern pattern = Pattern.compile(regex);
        var anchored = new DigitAnchoredPattern(pattern, minDigitOffset, maxDigitOffset);
        var random = new Random(20240601L);
        String alphabet = "ABGIRZ0123456789  -.";

        for (int round = 0; round < 2_000; round++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            assertThat(spans(anchored.findAll(text.toString())))
                    .as("matches in \"%s\"", text)
                    .isEqualTo(spans(allFoundBy(pattern.matcher(text))));
        }
    }

    @Test
    void triesOnlyStartsItsStartAdmitsAndStillFindsWhatFindFinds() {
        Pattern pattern = Pattern.compile("(?<![\\p{Alnum}])(?i:May|March|Mar)\\.?\\s+\\d{1,2}(?![\\p{Alnum}])");
        var anchored = new DigitAnchoredPattern(pattern, 4, 8,
                DigitAnchoredPattern.Start.wordIn(List.of("May", "March", "Mar")));
        var random = new Random(20261207L);
        String[] pieces = {"may", "MARCH", "Mar.", "mars", "ma", "x", " ", "  ", ".", "1", "12", "123", "-"};

        for (int round = 0; round < 2_000; round++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }

            assertThat(spans(anchored.findAll(text.toString())))
                    .as("matches in \"%s\"", text)
                    .isEqualTo(spans(allFoundBy(pattern.matcher(text))));
        }
    }

    @Test
    void rejectsOffsetsTheWrongWayRound() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DigitAnchoredPattern(Pattern.compile("\\d"), 2, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new DigitAnchoredPattern(Pattern.compile("\\d"), -1, 0));
    }

    private static List<MatchResult> allFoundBy(Matcher matcher) {
        var matches = new ArrayList<MatchResult>();
        while (matcher.find()) {
            matches.add(matcher.toMatchResult());
        }
        return matches;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(match -> match.start() + ".." + match.end()).toList();
    }
}
