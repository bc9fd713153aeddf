package uk.sexualsafety.cop.search;

import org.hibernate.search.util.common.SearchException;
import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link IndexAdministrationIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchIndexAdministrationIT extends IndexAdministrationIT {

    /**
     * A difference of decision 037: OpenSearch refuses a search over an index that does not exist, and the index
     * state with it (which is what makes the rebuild recreate the index), where Lucene reads it as empty.
     */
    @Override
    void whileTheResourceIndexIsDropped(long documentsBefore) {
        assertThatThrownBy(() -> hitsFor("numbat")).isInstanceOf(SearchException.class)
                .hasMessageContaining("index_not_found_exception");
        assertThatThrownBy(() -> administration.indexState()).isInstanceOf(SearchException.class)
                .hasMessageContaining("index_not_found_exception");
    }
}
