package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.regex.Matcher;

/**
 * Looks just before a candidate for the words that make it what it is ("staff number" before digits, "last Tuesday
 * at" before a time). Searching a short window before each candidate costs far less than trying a longer pattern at
 * every character of the text.
 */
final class PrecedingText {

    private PrecedingText() {
    }

    /**
     * Where the match of the matcher's pattern that ends exactly at {@code index} starts, looking no further back than
     * {@code window} characters; -1 if there is none.
     *
     * @param matcher of a pattern that ends with {@code $} (it may look behind the window), on the whole text; one
     *                matcher serves all the look-ups in a text
     */
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

    static int matchStart(Matcher matcher, int index, int window) {
        matcher.region(Math.max(0, index - window), index)
                .useTransparentBounds(true)
                .useAnchoringBounds(true);
        return matcher.find() ? matcher.start() : -1;
    }
}
