package uk.sexualsafety.cop.portal.investigator;

/** An investigator in the pool as a coordinator saw them: a change is refused once the version has moved on. */
public record InvestigatorRef(long id, long version) {

    public InvestigatorRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No investigator has id " + id + " at version " + version);
        }
    }
}
