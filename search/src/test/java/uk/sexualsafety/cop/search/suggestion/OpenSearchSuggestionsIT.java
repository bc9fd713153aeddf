package uk.sexualsafety.cop.search.suggestion;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link SuggestionsIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchSuggestionsIT extends SuggestionsIT {
}
