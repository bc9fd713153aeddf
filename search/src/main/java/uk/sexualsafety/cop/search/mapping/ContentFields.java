package uk.sexualsafety.cop.search.mapping;

import java.util.List;

/**
 * The index fields every content type has, under the same names and with the same types, so that one query can
 * search, filter, sort and count across all indexes at once. Map them with {@link CommonContentMapping}.
 */
public final class ContentFields {

    /** The {@code ContentType} name of the document: keyword, aggregable, projectable. */
    public static final String TYPE = "type";
    /** Whether the item may be shown at all (published, not withdrawn): boolean. */
    public static final String PUBLISHED = "published";
    /** The {@code Audience} name that may read the item: keyword. */
    public static final String AUDIENCE = "audience";
    /** Title: English full text, highlightable, projectable. */
    public static final String TITLE = "title";
    /** Title for sorting: normalised keyword. */
    public static final String TITLE_SORT = "title_sort";
    /** Short description: English full text, highlightable, projectable; the source of snippets. */
    public static final String SUMMARY = "summary";
    /** The item's date: sortable, projectable. */
    public static final String DATE = "date";
    /** The year of {@link #DATE}: integer, aggregable, for the year facet. */
    public static final String YEAR = "year";
    /** {@code Theme} names: keyword, multi-valued, aggregable. */
    public static final String THEMES = "themes";

    /**
     * The full-text fields a query searches, with their weights. Later types add their long text (a policy's
     * document text, a story's body) as a common "body" field here, with a weight below the summary's.
     */
    public static final List<WeightedField> TEXT_FIELDS = List.of(
            new WeightedField(TITLE, 3.0f),
            new WeightedField(SUMMARY, 1.0f));

    public record WeightedField(String name, float boost) {
    }

    private ContentFields() {
    }
}
