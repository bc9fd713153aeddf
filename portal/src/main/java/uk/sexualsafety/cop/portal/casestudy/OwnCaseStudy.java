package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;

import java.time.Instant;

/**
 * One of the author's case studies on "Your case studies", with what they may do with it now.
 *
 * @param revisionStatus   the revision's status while published, else null
 * @param publishedVersion the number of the version members read, or null
 */
public record OwnCaseStudy(long id, long version, String title, CaseStudyStatus status, RevisionStatus revisionStatus,
                           Integer publishedVersion, Instant updatedAt, String moderatorMessage, boolean mayEdit,
                           boolean mayDelete, boolean mayDiscardRevision, boolean mayArchive, boolean mayWithdraw,
                           boolean readable) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public CaseStudyRef ref() {
        return new CaseStudyRef(id, version);
    }
}
