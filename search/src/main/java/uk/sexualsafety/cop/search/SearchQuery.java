package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What someone asks the search for. The text is what they typed, as typed: the search service makes it safe.
 * Within one facet the chosen values are alternatives (any theme of the set); different facets must all hold. A value
 * that names nothing (from an edited address, say) simply matches nothing.
 *
 * @param text        the words to look for; blank finds everything the viewer may see, newest first
 * @param filters     per facet, the values chosen; a facet that is absent or empty does not narrow the search
 * @param sort        the order of hits
 * @param offset      how many hits to skip, at most {@value #MAX_OFFSET}
 * @param limit       how many hits to return; more than {@value #MAX_LIMIT} is cut to {@value #MAX_LIMIT}
 * @param countFacets whether to count facets; a later page of the same search has no need to
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int offset, int limit,
                          boolean countFacets) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;
    /** More values than this in one facet is not something a person picks: the rest are ignored. */
    public static final int MAX_VALUES_PER_FACET = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        filters = copyOf(filters);
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
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, DEFAULT_LIMIT, true);
    }

    /** The values chosen for one facet; empty when it does not narrow the search. */
    public Set<String> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** This query with the facet narrowed to these values (replacing any chosen before); empty removes it. */
    public SearchQuery with(Facet facet, Collection<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(Objects.requireNonNull(facet, "facet"), values == null ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        return new SearchQuery(text, changed, sort, offset, limit, countFacets);
    }

    public SearchQuery withTypes(Set<ContentType> types) {
        return with(Facet.TYPE, names(types));
    }

    public SearchQuery withThemes(Set<Theme> themes) {
        return with(Facet.THEME, names(themes));
    }

    public SearchQuery withKinds(Set<ResourceKind> kinds) {
        return with(Facet.KIND, names(kinds));
    }

    public SearchQuery withYears(Set<Integer> years) {
        return with(Facet.YEAR, years.stream().map(String::valueOf).collect(Collectors.toSet()));
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, sort, offset, limit, countFacets);
    }

    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, offset, limit, countFacets);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(text, filters, sort, newOffset, newLimit, countFacets);
    }

    /** The same search without facet counts: for the later pages of a list whose facets are already shown. */
    public SearchQuery withoutFacetCounts() {
        return new SearchQuery(text, filters, sort, offset, limit, false);
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    /**
     * Drops blank values, facets left empty and values beyond {@link #MAX_VALUES_PER_FACET}. Any other value is kept
     * as given, however odd: a value that names nothing must narrow the search to nothing, not be ignored.
     */
    private static Map<Facet, Set<String>> copyOf(Map<Facet, Set<String>> filters) {
        if (filters == null || filters.isEmpty()) {
            return Map.of();
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (facet == null || values == null) {
                return;
            }
            Set<String> kept = values.stream()
                    .filter(value -> value != null && !value.isBlank())
                    .limit(MAX_VALUES_PER_FACET)
                    .collect(Collectors.toUnmodifiableSet());
            if (!kept.isEmpty()) {
                copy.put(facet, kept);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
