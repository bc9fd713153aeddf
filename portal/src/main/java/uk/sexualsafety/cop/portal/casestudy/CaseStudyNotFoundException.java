package uk.sexualsafety.cop.portal.casestudy;

/**
 * A case study that does not exist or that this person may not see or change: the answer is the same, so nobody
 * learns of others' drafts by trying ids.
 */
public class CaseStudyNotFoundException extends RuntimeException {

    public CaseStudyNotFoundException() {
        super("This case study is not available. It may have been archived or withdrawn, or it is not yours to "
                + "change.");
    }
}
