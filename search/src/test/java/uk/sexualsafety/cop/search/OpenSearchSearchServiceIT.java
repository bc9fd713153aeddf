package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link SearchServiceIT} on the OpenSearch engine. */
@OpenSearchEngine
class OpenSearchSearchServiceIT extends SearchServiceIT {
}
