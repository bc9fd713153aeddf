package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.Objects;
import java.util.Set;

/**
 * What someone asks the search for. The text is what they typed, as typed: the search service makes it safe.
 * Within one filter the values are alternatives (any theme of the set); different filters must all hold.
 *
 * @param text   the words to look for; blank finds everything the viewer may see, newest first
 * @param types  only these content types; empty for all
 * @param themes only items with one of these themes; empty for all
 * @param kinds  only resources of these kinds; empty for all
 * @param years  only items dated in one of these years; empty for all
 * @param sort   the order of hits
 * @param offset how many hits to skip, at most {@value #MAX_OFFSET}
 * @param limit  how many hits to return; more than {@value #MAX_LIMIT} is cut to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, Set<ContentType> types, Set<Theme> themes, Set<ResourceKind> kinds,
                          Set<Integer> years, SearchSort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        text = text == null ? "" : text;
        types = types == null ? Set.of() : Set.copyOf(types);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        years = years == null ? Set.of() : Set.copyOf(years);
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("The offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    /** The first page of hits for the text, best match first, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), SearchSort.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    public SearchQuery withTypes(Set<ContentType> newTypes) {
        return new SearchQuery(text, newTypes, themes, kinds, years, sort, offset, limit);
    }

    public SearchQuery withThemes(Set<Theme> newThemes) {
        return new SearchQuery(text, types, newThemes, kinds, years, sort, offset, limit);
    }

    public SearchQuery withKinds(Set<ResourceKind> newKinds) {
        return new SearchQuery(text, types, themes, newKinds, years, sort, offset, limit);
    }

    public SearchQuery withYears(Set<Integer> newYears) {
        return new SearchQuery(text, types, themes, kinds, newYears, sort, offset, limit);
    }

    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, types, themes, kinds, years, newSort, offset, limit);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(text, types, themes, kinds, years, sort, newOffset, newLimit);
    }
}
