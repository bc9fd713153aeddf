package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.regex.Matcher;

/**
 * Looks just before a candidate for the words that make it what it is ("staff number" before digits, "last Tuesday
 * at" before a time). Searching a short window before each candidate costs far less than trying a longer pattern at
 * every character of the text.
 */
final class PrecedingText {

    /** How the patterns say "not inside a word"; only starts after something other than a letter or digit match. */
    private static final String NOT_AFTER_ALPHANUMERIC = "(?<![\\p{Alnum}])";

    private PrecedingText() {
    }

    /**
     * Whether {@code lowerCaseWord} is written, in any case, in the {@code window} characters before {@code index}:
     * a cheap test before {@link #matchStart} where most candidates have no cue at all.
     */
    static boolean contains(String text, int index, int window, String lowerCaseWord) {
        int last = index - lowerCaseWord.length();
        for (int start = Math.max(0, index - window); start <= last; start++) {
            if (text.regionMatches(true, start, lowerCaseWord, 0, lowerCaseWord.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the match of the matcher's pattern that ends exactly at {@code index} starts, looking no further back than
     * {@code window} characters; -1 if there is none.
     *
     * @param matcher of a pattern that ends with {@code $} (it may look behind the window), on the whole text; one
     *                matcher serves all the look-ups in a text
     * @param text    the text the matcher reads
     */
    static int matchStart(Matcher matcher, String text, int index, int window) {
        int from = Math.max(0, index - window);
        matcher.useTransparentBounds(true).useAnchoringBounds(true);
        if (!matcher.pattern().pattern().startsWith(NOT_AFTER_ALPHANUMERIC)) {
            return matcher.region(from, index).find() ? matcher.start() : -1;
        }
        // find() would try the pattern at every character of the window; only starts after something other than an
        // ASCII letter or digit can match it, the leftmost of them is what find() returns.
        for (int start = from; start < index; start++) {
            if ((start == 0 || !isAsciiAlphanumeric(text.charAt(start - 1)))
                    && matcher.region(start, index).lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    /** What {@code \\p{Alnum}} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
