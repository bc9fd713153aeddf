package uk.sexualsafety.cop.search;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link GoldenRelevanceIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchGoldenRelevanceIT extends GoldenRelevanceIT {
}
