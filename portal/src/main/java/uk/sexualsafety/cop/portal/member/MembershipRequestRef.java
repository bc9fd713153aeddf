package uk.sexualsafety.cop.portal.member;

/** A request to join as an administrator saw it: a decision is refused once its version has moved on. */
public record MembershipRequestRef(long id, long version) {

    public MembershipRequestRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No request to join has id " + id + " at version " + version);
        }
    }
}
