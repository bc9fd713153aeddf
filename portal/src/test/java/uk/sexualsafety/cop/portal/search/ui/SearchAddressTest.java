package uk.sexualsafety.cop.portal.search.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchSort;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAddressTest {

    @Test
    void readsTheWordsEachFacetWithRepeatedValuesAndTheOrder() {
        SearchAddress address = SearchAddress.parse(parameters(
                "q", "bystander training",
                "theme", "BYSTANDER", "theme", "INVESTIGATION",
                "year", "2025",
                "sort", "newest"));

        assertThat(address.text()).isEqualTo("bystander training");
        assertThat(address.chosen(Facet.THEME)).containsExactly("BYSTANDER", "INVESTIGATION");
        assertThat(address.chosen(Facet.YEAR)).containsExactly("2025");
        assertThat(address.chosen(Facet.TYPE)).isEmpty();
        assertThat(address.sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void everyFacetIsReadByItsParameterName() {
        for (Facet facet : Facet.values()) {
            assertThat(SearchAddress.parse(parameters(facet.parameter(), "X")).chosen(facet)).containsExactly("X");
        }
    }

    @Test
    void unknownParametersAreIgnored() {
        SearchAddress address = SearchAddress.parse(parameters("q", "policy", "colour", "red", "Theme", "BYSTANDER",
                "utm_source", "email"));

        assertThat(address).isEqualTo(SearchAddress.EMPTY.withText("policy"));
        assertThat(address.hasFilters()).isFalse();
    }

    @Test
    void blankValuesAreDroppedAndAFacetLeftEmptyDoesNotNarrow() {
        SearchAddress address = SearchAddress.parse(parameters("theme", "", "theme", "   ", "year", " 2024 "));

        assertThat(address.filters()).containsOnlyKeys(Facet.YEAR);
        assertThat(address.chosen(Facet.YEAR)).containsExactly("2024");
    }

    @Test
    void craftedValuesArePassedThroughSoThatTheyMatchNothing() {
        SearchAddress address = SearchAddress.parse(parameters("type", "SECRET_THINGS", "region", "<script>x</script>",
                "commitment", "99"));

        assertThat(address.chosen(Facet.TYPE)).containsExactly("SECRET_THINGS");
        assertThat(address.chosen(Facet.REGION)).containsExactly("<script>x</script>");
        assertThat(address.firstPage(20).filter(Facet.COMMITMENT)).containsExactly("99");
    }

    @Test
    void anOverlongValueIsCutAndTooManyValuesAreLimited() {
        String[] many = IntStream.range(0, 200).mapToObj(i -> List.of("theme", "V" + i)).flatMap(List::stream)
                .toArray(String[]::new);
        SearchAddress address = SearchAddress.parse(parameters(many));
        assertThat(address.chosen(Facet.THEME)).hasSize(SearchQuery.MAX_VALUES_PER_FACET);

        String value = SearchAddress.parse(parameters("theme", "x".repeat(5_000))).chosen(Facet.THEME).iterator().next();
        assertThat(value).hasSize(SearchAddress.MAX_VALUE_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "relevance", "RELEVANCE", "title", "oldest", "newest;drop", "\u0000"})
    void anyOrderButNewestIsRelevance(String sort) {
        assertThat(SearchAddress.parse(parameters("q", "x", "sort", sort)).sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void newestIsReadWhateverItsCase() {
        assertThat(SearchAddress.parse(parameters("sort", " Newest ")).sort()).isEqualTo(SearchSort.NEWEST);
    }

    @Test
    void theWordsAreTrimmedToFiveHundredCharacters() {
        SearchAddress address = SearchAddress.parse(parameters("q", "  " + "a".repeat(10_000) + "  "));

        assertThat(address.text()).hasSize(SearchAddress.MAX_TEXT_LENGTH);
        assertThat(address.firstPage(20).text()).hasSize(SearchAddress.MAX_TEXT_LENGTH);
    }

    @Test
    void cuttingNeverSplitsAnEmoji() {
        // 499 letters then an emoji (two chars): the emoji would straddle the limit, so it goes whole.
        SearchAddress address = SearchAddress.EMPTY.withText("a".repeat(499) + "\uD83D\uDE00 more");

        assertThat(address.text()).isEqualTo("a".repeat(499));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDE00 support", "\u05EA\u05DE\u05D9\u05DB\u05D4 support",
            "\u0627\u0644\u062F\u0639\u0645", "title:(", "\"unbalanced", "*", "\\", "AND OR NOT", "a&b=c?d#e"})
    void anyTextIsKeptAsTypedAndSurvivesARoundTrip(String text) {
        SearchAddress address = SearchAddress.parse(parameters("q", text, "theme", "BYSTANDER"));

        assertThat(address.text()).isEqualTo(text);
        assertThat(SearchAddress.parse(address.parameters())).isEqualTo(address);
    }

    @Test
    void theAddressNamesTheWordsThenTheFacetsThenANonDefaultOrder() {
        SearchAddress address = SearchAddress.EMPTY.withText("support")
                .withChosen(Facet.YEAR, Set.of("2025"))
                .withChosen(Facet.THEME, Set.of("INVESTIGATION", "BYSTANDER"))
                .withSort(SearchSort.NEWEST);

        assertThat(address.parameters()).containsExactly(
                Map.entry("q", List.of("support")),
                Map.entry("theme", List.of("BYSTANDER", "INVESTIGATION")),
                Map.entry("year", List.of("2025")),
                Map.entry("sort", List.of("newest")));
        assertThat(address.withSort(SearchSort.RELEVANCE).withoutFilters().parameters())
                .containsExactly(Map.entry("q", List.of("support")));
    }

    @Test
    void choosingNoValuesRemovesTheFacet() {
        SearchAddress address = SearchAddress.EMPTY.withChosen(Facet.THEME, Set.of("BYSTANDER"))
                .withChosen(Facet.THEME, Set.of());

        assertThat(address.hasFilters()).isFalse();
        assertThat(address.isEmpty()).isTrue();
    }

    @Test
    void theFirstPageCountsFacetsAndLaterPagesDoNot() {
        SearchAddress address = SearchAddress.EMPTY.withText("support").withChosen(Facet.TYPE, Set.of("POLICY"));

        SearchQuery first = address.firstPage(20);
        assertThat(first.countFacets()).isTrue();
        assertThat(first.offset()).isZero();
        assertThat(first.limit()).isEqualTo(20);
        assertThat(first.filter(Facet.TYPE)).containsExactly("POLICY");

        SearchQuery later = address.page(40, 20);
        assertThat(later.countFacets()).isFalse();
        assertThat(later.offset()).isEqualTo(40);
        assertThat(later.text()).isEqualTo("support");
    }

    @Test
    void noParametersAtAllIsAnEmptySearch() {
        assertThat(SearchAddress.parse(null).isEmpty()).isTrue();
        assertThat(SearchAddress.parse(Map.of()).isEmpty()).isTrue();
        Map<String, List<String>> withNulls = new LinkedHashMap<>();
        withNulls.put("q", null);
        withNulls.put("theme", Arrays.asList(null, "BYSTANDER"));
        assertThat(SearchAddress.parse(withNulls).chosen(Facet.THEME)).containsExactly("BYSTANDER");
    }

    /** Name, value, name, value...; a name may repeat. */
    private static Map<String, List<String>> parameters(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.computeIfAbsent(namesAndValues[i], name -> new java.util.ArrayList<>())
                    .add(namesAndValues[i + 1]);
        }
        return parameters;
    }
}
