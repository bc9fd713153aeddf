package uk.sexualsafety.cop.search;

import java.util.Objects;

/**
 * A completion offered while someone types: the title of an item they may see, or a phrase of the sector's
 * vocabulary. Choosing either searches for its text.
 *
 * @param text the words to search for, plain text
 * @param kind where the suggestion comes from
 */
public record Suggestion(String text, Kind kind) {

    public enum Kind {
        TITLE,
        PHRASE
    }

    public Suggestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
