package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.resource.Audience;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void aQueryOfTextHasNoFiltersAndTheFirstPage() {
        SearchQuery query = SearchQuery.of(null);

        assertThat(query.text()).isEmpty();
        assertThat(query.themes()).isEmpty();
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
    void viewersSeeTheirAudiencesAndAtLeastOne() {
        assertThat(SearchViewer.anonymous().audiences()).containsExactly(Audience.PUBLIC);
        assertThat(SearchViewer.member().mayRead(Audience.MEMBERS)).isTrue();
        assertThatThrownBy(() -> new SearchViewer(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
