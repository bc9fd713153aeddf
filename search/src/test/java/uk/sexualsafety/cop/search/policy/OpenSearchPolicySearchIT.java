package uk.sexualsafety.cop.search.policy;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link PolicySearchIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchPolicySearchIT extends PolicySearchIT {
}
