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
    static int matchStart(Matcher matcher, int index, int window) {
        matcher.region(Math.max(0, index - window), index)
                .useTransparentBounds(true)
                .useAnchoringBounds(true);
        return matcher.find() ? matcher.start() : -1;
    }
}
