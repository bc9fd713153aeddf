package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
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

    /** What the first character of every match is. */
    enum Start {
        ANY,
        /** A month's name, a season, a postcode's area. */
        LETTER,
        /** A call sign's letters or digits. */
        LETTER_OR_DIGIT;

        boolean admits(char c) {
            return switch (this) {
                case ANY -> true;
                case LETTER -> Character.isLetter(c);
                case LETTER_OR_DIGIT -> Character.isLetterOrDigit(c);
            };
        }
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
                        || !start.admits(text.charAt(from))) {
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

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
