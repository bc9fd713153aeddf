package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.resource.Audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void aQueryOfTextHasNoFiltersAndTheFirstPage() {
        SearchQuery query = SearchQuery.of(null);

        assertThat(query.text()).isEmpty();
        assertThat(query.filters()).isEmpty();
        assertThat(query.hasFilters()).isFalse();
        assertThat(query.countFacets()).isTrue();
        assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(query.offset()).isZero();
        assertThat(query.limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
    }

    @Test
    void theLimitIsCappedAndPagesMustMakeSense() {
        assertThat(SearchQuery.of("x").page(0, 5_000).limit()).isEqualTo(SearchQuery.MAX_LIMIT);
        assertThatThrownBy(() -> SearchQuery.of("x").page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchQuery.of("x").page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchQuery.of("x").page(SearchQuery.MAX_OFFSET + 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choosingValuesReplacesAFacetsChoiceAndEmptyRemovesIt() {
        SearchQuery query = SearchQuery.of("x").with(Facet.THEME, List.of("BYSTANDER", "INVESTIGATION"))
                .with(Facet.YEAR, List.of("2025"));

        assertThat(query.filter(Facet.THEME)).containsExactlyInAnyOrder("BYSTANDER", "INVESTIGATION");
        assertThat(query.with(Facet.THEME, List.of("POWER_IMBALANCE")).filter(Facet.THEME))
                .containsExactly("POWER_IMBALANCE");
        assertThat(query.with(Facet.THEME, List.of()).filters()).containsOnlyKeys(Facet.YEAR);
        assertThat(query.page(20, 20).withoutFacetCounts().filters()).isEqualTo(query.filters());
    }

    @Test
    void blankValuesAreDroppedButValuesThatNameNothingAreKeptSoThatTheyMatchNothing() {
        List<String> values = new ArrayList<>(Arrays.asList(" ", null, "NOT_A_THEME", "x".repeat(10_000)));

        SearchQuery query = SearchQuery.of("x").with(Facet.THEME, values).with(Facet.TYPE, List.of(""));

        assertThat(query.filter(Facet.THEME)).containsExactlyInAnyOrder("NOT_A_THEME", "x".repeat(10_000));
        assertThat(query.filters()).doesNotContainKey(Facet.TYPE);
    }

    @Test
    void aFacetTakesAtMostFiftyValues() {
        List<String> many = IntStream.range(0, 500).mapToObj(i -> "V" + i).toList();

        assertThat(SearchQuery.of("x").with(Facet.REGION, many).filter(Facet.REGION))
                .hasSize(SearchQuery.MAX_VALUES_PER_FACET);
    }

    @Test
    void facetsHaveStableAddressNames() {
        for (Facet facet : Facet.values()) {
            assertThat(Facet.fromParameter(facet.parameter())).contains(facet);
        }
        assertThat(Facet.fromParameter("harm")).contains(Facet.HARM_STRUCTURE);
        assertThat(Facet.fromParameter("HARM_STRUCTURE")).isEmpty();
    }

    @Test
    void viewersSeeTheirAudiencesAndAtLeastOne() {
        assertThat(SearchViewer.anonymous().audiences()).containsExactly(Audience.PUBLIC);
        assertThat(SearchViewer.member().mayRead(Audience.MEMBERS)).isTrue();
        assertThatThrownBy(() -> new SearchViewer(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchViewer(Set.of(Audience.PUBLIC), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SearchViewer.member().limitedToSomeTypes()).isFalse();
        assertThat(new SearchViewer(Set.of(Audience.MEMBERS), Set.of(ContentType.STORY)).limitedToSomeTypes()).isTrue();
    }
}
