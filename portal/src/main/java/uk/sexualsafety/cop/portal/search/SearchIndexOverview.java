package uk.sexualsafety.cop.portal.search;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * This node's search index as administrators see it.
 *
 * @param documents  the documents it holds, whatever their audience; empty when the index cannot be read
 * @param rebuilding whether a rebuild is running, on any node
 * @param latest     the latest rebuild on any node, if there has been one
 */
public record SearchIndexOverview(OptionalLong documents, boolean rebuilding, Optional<IndexRebuildStatus> latest) {
}
