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
    /** Whether every match starts with a letter (a month's name, a season), so other starts need no try. */
    private final boolean startsWithLetter;

    /**
     * @param pattern        what to find; it may look behind the start of a match
     * @param minDigitOffset the fewest characters any match has before its first digit
     * @param maxDigitOffset the most characters any match has before its first digit
     */
    DigitAnchoredPattern(Pattern pattern, int minDigitOffset, int maxDigitOffset) {
        this(pattern, minDigitOffset, maxDigitOffset, false);
    }

    /**
     * @param startsWithLetter whether every match starts with a letter, so that starts elsewhere are not tried
     */
    DigitAnchoredPattern(Pattern pattern, int minDigitOffset, int maxDigitOffset, boolean startsWithLetter) {
        if (minDigitOffset < 0 || maxDigitOffset < minDigitOffset) {
            throw new IllegalArgumentException("digit offsets " + minDigitOffset + ".." + maxDigitOffset);
        }
        this.pattern = pattern;
        this.minDigitOffset = minDigitOffset;
        this.maxDigitOffset = maxDigitOffset;
        this.startsAfterBoundary = pattern.pattern().startsWith(NOT_AFTER_ALPHANUMERIC);
        this.startsWithLetter = startsWithLetter;
    }

    /** The matches {@link Matcher#find()} would return, left to right and not overlapping. */
    List<MatchResult> findAll(String text) {
        var matches = new ArrayList<MatchResult>();
        // Transparent bounds let look-behind see the text before the start being tried.
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int earliestStart = 0;
        for (int digit = 0; digit < text.length(); digit++) {
            if (!startsDigitRun(text, digit)) {
                continue;
            }
            int lastStart = digit - minDigitOffset;
            for (int start = Math.max(earliestStart, digit - maxDigitOffset); start <= lastStart; start++) {
                if (startsAfterBoundary && start > 0 && isAsciiAlphanumeric(text.charAt(start - 1))
                        || startsWithLetter && !Character.isLetter(text.charAt(start))) {
                    continue;
                }
                if (matcher.region(start, text.length()).lookingAt()) {
                    matches.add(matcher.toMatchResult());
                    earliestStart = matcher.end();
                    break;
                }
            }
        }
        return matches;
    }

    private static boolean startsDigitRun(String text, int index) {
        return isAsciiDigit(text.charAt(index)) && (index == 0 || !isAsciiDigit(text.charAt(index - 1)));
    }

    /** What {@code \\p{Alnum}} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isAsciiAlphanumeric(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
