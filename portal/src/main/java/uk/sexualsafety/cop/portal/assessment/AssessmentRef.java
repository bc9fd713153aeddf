package uk.sexualsafety.cop.portal.assessment;

/** An assessment as a lead saw it: a change is refused once its version has moved on. */
public record AssessmentRef(long id, long version) {

    public AssessmentRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No assessment has id " + id + " at version " + version);
        }
    }
}
