package uk.sexualsafety.cop.portal.casestudy;

/** A case study as its author saw it: a change is refused once its version has moved on. */
public record CaseStudyRef(long id, long version) {

    public CaseStudyRef {
        if (id < 1 || version < 0) {
            throw new IllegalArgumentException("No case study has id " + id + " at version " + version);
        }
    }
}
