package uk.sexualsafety.cop.search;

/** How hits are ordered. Without search text, relevance means nothing and hits come newest first. */
public enum SearchSort {
    /** Best match first, newest first among equals. */
    RELEVANCE,
    /** Newest first, best match first among equals. */
    NEWEST,
    /** Alphabetical by title, ignoring case and accents. */
    TITLE
}
