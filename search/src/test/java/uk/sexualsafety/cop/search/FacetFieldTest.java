package uk.sexualsafety.cop.search;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FacetFieldTest {

    @Test
    void listsTheMostFrequentValuesFirstAndEqualOnesAlphabetically() {
        Map<String, Long> listed = FacetField.of(Facet.THEME).listed(Map.of("STALKING", 3L, "BULLYING", 7L,
                "CONSENT", 3L));

        assertThat(List.copyOf(listed.keySet())).containsExactly("BULLYING", "CONSENT", "STALKING");
    }

    @Test
    void listsYearsNewestFirstWhateverTheirCounts() {
        Map<String, Long> listed = FacetField.of(Facet.YEAR).listed(Map.of("2023", 9L, "2025", 1L, "2024", 4L));

        assertThat(List.copyOf(listed.keySet())).containsExactly("2025", "2024", "2023");
    }

    @Test
    void listsAtMostFiftyValues() {
        Map<String, Long> many = new LinkedHashMap<>();
        IntStream.range(0, 60).forEach(i -> many.put("ORGANISATION_" + i, (long) i + 1));

        Map<String, Long> listed = FacetField.of(Facet.ORGANISATION_TYPE).listed(many);

        assertThat(listed).hasSize(50).containsEntry("ORGANISATION_59", 60L).doesNotContainKey("ORGANISATION_0");
    }

    @Test
    void aNumberFacetValueThatIsNoNumberMatchesNothing() {
        assertThat(FacetField.of(Facet.YEAR).matchingAny(Set.of("twenty", "2024x", "99999999999")))
                .isInstanceOf(MatchNoDocsQuery.class);
        assertThat(FacetField.of(Facet.COMMITMENT).matchingAny(Set.of("3", "x")))
                .isNotInstanceOf(MatchNoDocsQuery.class);
    }
}
