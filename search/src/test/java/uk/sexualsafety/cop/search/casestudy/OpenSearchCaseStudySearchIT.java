package uk.sexualsafety.cop.search.casestudy;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link CaseStudySearchIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchCaseStudySearchIT extends CaseStudySearchIT {
}
