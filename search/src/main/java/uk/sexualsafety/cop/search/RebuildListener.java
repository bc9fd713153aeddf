package uk.sexualsafety.cop.search;

/**
 * Told about a rebuild's progress. Called from the indexing threads, possibly several at once, so implementations
 * must be thread-safe and quick (e.g. hand the value to the UI with {@code UI.access}).
 */
@FunctionalInterface
public interface RebuildListener {

    RebuildListener NONE = progress -> {
    };

    void progressed(RebuildProgress progress);
}
