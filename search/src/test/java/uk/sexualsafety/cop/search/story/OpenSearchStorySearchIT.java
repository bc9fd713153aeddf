package uk.sexualsafety.cop.search.story;

import uk.sexualsafety.cop.search.engine.OpenSearchEngine;

/** {@link StorySearchIT} on the OpenSearch engine: one contract for both engines (decision 037). */
@OpenSearchEngine
class OpenSearchStorySearchIT extends StorySearchIT {
}
