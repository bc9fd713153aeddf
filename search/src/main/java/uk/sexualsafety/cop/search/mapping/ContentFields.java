package uk.sexualsafety.cop.search.mapping;

import java.util.List;

/**
 * The index fields every content type has, under the same names and with the same types, so that one query can
 * search, filter, sort and count across all indexes at once. Map them with {@link CommonContentMapping}.
 */
public final class ContentFields {

    /** The {@code ContentType} name of the document: keyword, aggregable, projectable. */
    public static final String TYPE = "type";
    /** The {@code Audience} name that may read the item: keyword. */
    public static final String AUDIENCE = "audience";
    /** Title: English full text, highlightable, projectable. */
    public static final String TITLE = "title";
    /** The title's words as written (lower case, no stemming): for completing what someone types, and spelling. */
    public static final String TITLE_WORDS = "title_words";
    /** The summary's words as written: for "did you mean". */
    public static final String SUMMARY_WORDS = "summary_words";
    /**
     * The fields of words as written, where a misspelt word's likely spellings are looked up. Not the long texts:
     * analysing them a second time took a rebuild of 100,000 documents from 55 s to 65 s, and the words people
     * search for are those of titles and summaries.
     */
    public static final List<String> WORD_FIELDS = List.of(TITLE_WORDS, SUMMARY_WORDS);
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
    /** The long text (a story's body, later a policy's document text): English full text, highlightable. */
    public static final String BODY = "body";
    /** {@code ContentWarning} names: keyword, multi-valued, projectable, so a hit can stay closed behind them. */
    public static final String CONTENT_WARNINGS = "content_warnings";
    /** The {@code HarmStructure} name: keyword, aggregable. */
    public static final String HARM_STRUCTURE = "harm_structure";
    /** The {@code OrganisationType} name of the setting: keyword, aggregable, projectable. */
    public static final String ORGANISATION_TYPE = "organisation_type";
    /**
     * Where the item is from, for the region facet: a {@code Nation} name other than England's, or an
     * {@code NhsRegion} name for England; only for items whose organisation is named to readers. Keyword, aggregable.
     */
    public static final String REGION = "region";
    /** The name of the organisation, only where it is named to readers: keyword, projectable. */
    public static final String ORGANISATION_NAME = "organisation_name";
    /** Numbers (1 to 10) of the Sexual Safety Charter commitments: integer, multi-valued, aggregable. */
    public static final String CHARTER_COMMITMENTS = "charter_commitments";

    /** The full-text fields a query searches, with their weights: long text counts for less than a summary. */
    public static final List<WeightedField> TEXT_FIELDS = List.of(
            new WeightedField(TITLE, 3.0f),
            new WeightedField(SUMMARY, 1.0f),
            new WeightedField(BODY, 0.7f));

    public record WeightedField(String name, float boost) {
    }

    private ContentFields() {
    }
}
