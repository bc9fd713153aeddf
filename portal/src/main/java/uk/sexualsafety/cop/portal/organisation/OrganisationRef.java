package uk.sexualsafety.cop.portal.organisation;

/** An organisation as an administrator saw it: a change is refused once its version has moved on. */
public record OrganisationRef(long id, long version) {

    public OrganisationRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No organisation has id " + id + " at version " + version);
        }
    }
}
