package uk.sexualsafety.cop.search;

/**
 * The facets counted for every search. Their values are the names of the matching enums ({@link ContentType},
 * {@code Theme}, {@code ResourceKind}) or a year such as "2025", so that the portal chooses the labels.
 */
public enum Facet {
    TYPE,
    THEME,
    KIND,
    YEAR
}
