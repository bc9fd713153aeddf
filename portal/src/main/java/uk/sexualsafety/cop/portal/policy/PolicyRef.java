package uk.sexualsafety.cop.portal.policy;

/** A policy as its owner saw it: a change is refused once its version has moved on. */
public record PolicyRef(long id, long version) {

    public PolicyRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No policy has id " + id + " at version " + version);
        }
    }
}
