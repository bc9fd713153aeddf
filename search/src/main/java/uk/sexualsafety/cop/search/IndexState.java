package uk.sexualsafety.cop.search;

/**
 * What the search index holds, for a health check.
 *
 * @param documents the number of documents across all content types, whatever their audience
 */
public record IndexState(long documents) {
}
