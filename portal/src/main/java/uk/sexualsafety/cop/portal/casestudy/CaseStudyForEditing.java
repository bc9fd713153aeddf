package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;

/**
 * The author's case study as their form opens it: the working copy if there is one, otherwise the published version
 * to start a revision from.
 *
 * @param version          the case study's version, which goes back with the next change
 * @param revisionStatus   the revision's status while the case study is published, else null
 * @param publishedVersion the number of the version members read, or null if none
 * @param moderatorMessage the moderators' last message to the author, or null
 */
public record CaseStudyForEditing(long id, long version, CaseStudyStatus status, RevisionStatus revisionStatus,
                                  Integer publishedVersion, CaseStudyDraft draft, String moderatorMessage,
                                  boolean maySaveDraft, boolean maySubmit) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public CaseStudyRef ref() {
        return new CaseStudyRef(id, version);
    }
}
