package uk.sexualsafety.cop.portal.investigator;

/** A request for an investigator as its reader saw it: a change is refused once its version has moved on. */
public record RequestRef(long id, long version) {

    public RequestRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No request has id " + id + " at version " + version);
        }
    }
}
