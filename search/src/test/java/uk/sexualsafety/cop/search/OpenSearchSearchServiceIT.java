package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link SearchServiceIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchSearchServiceIT extends SearchServiceIT {
}
