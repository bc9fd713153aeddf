package uk.sexualsafety.cop.portal.member;

/** A member's account as an administrator saw it: a change is refused once its version has moved on. */
public record AccountRef(long id, long version) {

    public AccountRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No account has id " + id + " at version " + version);
        }
    }
}
