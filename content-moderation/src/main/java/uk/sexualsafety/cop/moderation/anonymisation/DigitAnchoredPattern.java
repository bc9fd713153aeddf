package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern whose first ASCII digit lies at a known distance from the start of the match.
 *
 * <p>{@link Matcher#find()} tries the pattern at every character, which costs more than all the identifiers in a
 * narrative are worth; digits are rare in narrative, so trying the pattern only just before each run of digits
 * finds the same matches several times faster.
 */
final class DigitAnchoredPattern {

    /** How the patterns here say "not inside a word or number"; starts after a letter or digit then fail at once. */
    private static final String NOT_AFTER_ALPHANUMERIC = "(?<![\\p{Alnum}])";

    private final Pattern pattern;
    private final int minDigitOffset;
    private final int maxDigitOffset;
    /** Whether only starts after something other than an ASCII letter or digit can match. */
    private final boolean startsAfterBoundary;
    /** What every match starts with, so that starts with anything else need no try. */
    private final Start start;

    /**
     * What a match must start with, asked before the pattern is tried at a start: a cheap test that rules out most
     * starts saves trying a long alternation there. It must admit every start where the pattern can match.
     */
    @FunctionalInterface
    interface Start {
        Start ANY = (text, index) -> true;
        /** A postcode's area, a registration's letters. */
        Start LETTER = (text, index) -> Character.isLetter(text.charAt(index));
        Start LETTER_OR_DIGIT = (text, index) -> Character.isLetterOrDigit(text.charAt(index));

        boolean admits(String text, int index);

        /**
         * A match starts with one of these words (of ASCII letters, in any case) followed by something other than an
         * ASCII letter: a month's name, a season.
         */
        static Start wordIn(Collection<String> words) {
            int longest = words.stream().mapToInt(String::length).max().orElse(0);
            var byLength = new String[longest + 1][];
            for (int length = 1; length <= longest; length++) {
                int wanted = length;
                byLength[length] = words.stream().filter(word -> word.length() == wanted).toArray(String[]::new);
            }
            return (text, index) -> {
                int length = asciiLettersEnd(text, index) - index;
                if (length == 0 || length > longest) {
                    return false;
                }
                for (String word : byLength[length]) {
                    if (text.regionMatches(true, index, word, 0, length)) {
                        return true;
                    }
                }
                return false;
            };
        }
    }

    /** The end of the run of ASCII letters that starts at {@code index}; {@code index} if there is none. */
    static int asciiLettersEnd(String text, int index) {
        int end = index;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether a digit is at {@code index}, or a space or dash and then a digit: "RRV 123", "E-12345", "A123". */
    static boolean digitsFollow(String text, int index) {
        if (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '-')) {
            index++;
        }
        return index < text.length() && isAsciiDigit(text.charAt(index));
    }

    /**
     * @param pattern        what to find; it may look behind the start of a match
     * @param minDigitOffset the fewest characters any match has before its first digit
     * @param maxDigitOffset the most characters any match has before its first digit
     */
    DigitAnchoredPattern(Pattern pattern, int minDigitOffset, int maxDigitOffset) {
        this(pattern, minDigitOffset, maxDigitOffset, Start.ANY);
    }

    /**
     * @param start what every match starts with, so that starts with anything else are not tried
     */
    DigitAnchoredPattern(Pattern pattern, int minDigitOffset, int maxDigitOffset, Start start) {
        if (minDigitOffset < 0 || maxDigitOffset < minDigitOffset) {
            throw new IllegalArgumentException("digit offsets " + minDigitOffset + ".." + maxDigitOffset);
        }
        this.pattern = pattern;
        this.minDigitOffset = minDigitOffset;
        this.maxDigitOffset = maxDigitOffset;
        this.startsAfterBoundary = pattern.pattern().startsWith(NOT_AFTER_ALPHANUMERIC);
        this.start = start;
    }

    /** The matches {@link Matcher#find()} would return, left to right and not overlapping. */
    List<MatchResult> findAll(String text) {
        return findAll(Tokens.of(text));
    }

    /**
     * The matches in the tokens' text, tried only before the runs of digits the tokens found: one pass over the text
     * serves every pattern.
     */
    List<MatchResult> findAll(Tokens tokens) {
        String text = tokens.text();
        var matches = new ArrayList<MatchResult>();
        // Transparent bounds let look-behind see the text before the start being tried.
        Matcher matcher = null;
        int earliestStart = 0;
        for (int run = 0; run < tokens.digitRuns(); run++) {
            int digit = tokens.digitRunStart(run);
            int lastStart = digit - minDigitOffset;
            for (int from = Math.max(earliestStart, digit - maxDigitOffset); from <= lastStart; from++) {
                if (startsAfterBoundary && from > 0 && isAsciiAlphanumeric(text.charAt(from - 1))
                        || !start.admits(text, from)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (matcher.region(from, text.length()).lookingAt()) {
                    matches.add(matcher.toMatchResult());
                    earliestStart = matcher.end();
                    break;
                }
            }
        }
        return matches;
    }

    /** What {@code \\p{Alnum}} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
