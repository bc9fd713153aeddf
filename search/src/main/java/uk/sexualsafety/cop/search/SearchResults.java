package uk.sexualsafety.cop.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hits with the total and the facet counts of the whole result, both limited to what the viewer may see.
 *
 * @param totalHits       how many items match in all
 * @param hits            the requested page
 * @param facets          per facet, value to number of matching items, most frequent first (years newest first);
 *                        every facet is present, possibly empty. The counts of a facet with values chosen are those
 *                        of the search without that facet's choice, so that its other values can be added to it.
 * @param allWordsMatched false when no item had every word, so these hits match only some of them
 * @param didYouMean      a respelling of the text that finds more for this viewer, or null
 */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<Facet, Map<String, Long>> facets,
                            boolean allWordsMatched, String didYouMean) {

    public SearchResults {
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
        Map<Facet, Map<String, Long>> complete = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            // Not Map.copyOf: it would lose the order of the counts.
            Map<String, Long> counts = Objects.requireNonNullElse(facets.get(facet), Map.of());
            complete.put(facet, Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
        }
        facets = Collections.unmodifiableMap(complete);
    }

    public SearchResults(long totalHits, List<SearchHit> hits, Map<Facet, Map<String, Long>> facets,
                         boolean allWordsMatched) {
        this(totalHits, hits, facets, allWordsMatched, null);
    }

    public static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of(), true, null);
    }

    /** The counts of one facet: value to number of matching items. */
    public Map<String, Long> facet(Facet facet) {
        return facets.get(facet);
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(didYouMean);
    }

    SearchResults withDidYouMean(String respelling) {
        return new SearchResults(totalHits, hits, facets, allWordsMatched, respelling);
    }
}
