package uk.sexualsafety.cop.portal.search.ui;

import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchSort;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A search as its address says it: {@code ?q=words&theme=BYSTANDER&theme=INVESTIGATION&year=2025&sort=newest}, so that
 * a search can be bookmarked and shared. Reading an address never fails: unknown parameters are ignored, blank values
 * dropped, over-long text cut, and any other value kept as written so that it narrows the search to nothing rather
 * than being silently widened.
 *
 * @param text    the words, stripped, at most {@value #MAX_TEXT_LENGTH} characters
 * @param filters per facet the values chosen, in a stable order; no facet without values
 * @param sort    relevance or newest first
 */
record SearchAddress(String text, Map<Facet, Set<String>> filters, SearchSort sort) {

    static final int MAX_TEXT_LENGTH = 500;
    /** No facet value the portal offers is near this long; a longer one from an edited address is cut. */
    static final int MAX_VALUE_LENGTH = 100;
    static final String TEXT = "q";
    static final String SORT = "sort";
    static final SearchAddress EMPTY = new SearchAddress("", Map.of(), SearchSort.RELEVANCE);

    SearchAddress {
        text = cut(Objects.requireNonNullElse(text, "").strip(), MAX_TEXT_LENGTH).strip();
        filters = normalised(filters);
        sort = sort == SearchSort.NEWEST ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    /** Reads the query parameters of an address, each name with its values in order. */
    static SearchAddress parse(Map<String, List<String>> parameters) {
        if (parameters == null) {
            return EMPTY;
        }
        String text = first(parameters.get(TEXT));
        SearchSort sort = "newest".equals(first(parameters.get(SORT)).strip().toLowerCase(Locale.ROOT))
                ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        parameters.forEach((name, values) -> Facet.fromParameter(name).ifPresent(facet -> {
            if (values != null) {
                filters.computeIfAbsent(facet, any -> new TreeSet<>()).addAll(values.stream()
                        .filter(Objects::nonNull).toList());
            }
        }));
        return new SearchAddress(text, filters, sort);
    }

    /** The query parameters of this search: the words, then each facet's values, then the order if not relevance. */
    Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put(TEXT, List.of(text));
        }
        filters.forEach((facet, values) -> parameters.put(facet.parameter(), List.copyOf(values)));
        if (sort == SearchSort.NEWEST) {
            parameters.put(SORT, List.of("newest"));
        }
        return parameters;
    }

    /** Without words or choices there is nothing to search for. */
    boolean isEmpty() {
        return text.isEmpty() && filters.isEmpty();
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    Set<String> chosen(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    SearchAddress withText(String newText) {
        return new SearchAddress(newText, filters, sort);
    }

    SearchAddress withChosen(Facet facet, Collection<String> values) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, values == null ? Set.of() : Set.copyOf(values));
        return new SearchAddress(text, changed, sort);
    }

    SearchAddress withSort(SearchSort newSort) {
        return new SearchAddress(text, filters, newSort);
    }

    SearchAddress withoutFilters() {
        return new SearchAddress(text, Map.of(), sort);
    }

    /** The first page of this search, with the facets counted. */
    SearchQuery firstPage(int pageSize) {
        return new SearchQuery(text, filters, sort, 0, pageSize, true);
    }

    /** A later page of the list: its facets are already shown. */
    SearchQuery page(int offset, int limit) {
        return new SearchQuery(text, filters, sort, offset, limit, false);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    /** Cuts to at most {@code max} characters without splitting a character outside the basic plane. */
    private static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static Map<Facet, Set<String>> normalised(Map<Facet, Set<String>> filters) {
        if (filters == null || filters.isEmpty()) {
            return Map.of();
        }
        Map<Facet, Set<String>> kept = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (facet == null || values == null) {
                return;
            }
            TreeSet<String> clean = values.stream()
                    .filter(Objects::nonNull)
                    .map(value -> cut(value.strip(), MAX_VALUE_LENGTH))
                    .filter(value -> !value.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!clean.isEmpty()) {
                kept.put(facet, Collections.unmodifiableSet(limited(clean)));
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    private static Set<String> limited(TreeSet<String> values) {
        return values.size() <= SearchQuery.MAX_VALUES_PER_FACET ? values
                : values.stream().limit(SearchQuery.MAX_VALUES_PER_FACET)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
