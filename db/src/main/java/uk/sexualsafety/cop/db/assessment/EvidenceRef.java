package uk.sexualsafety.cop.db.assessment;

import java.util.Objects;

/** A piece of content in the portal that evidences an item. */
public record EvidenceRef(EvidenceKind kind, long targetId) {

    public EvidenceRef {
        Objects.requireNonNull(kind);
        if (targetId < 1) {
            throw new IllegalArgumentException("No evidence has id " + targetId);
        }
    }
}
