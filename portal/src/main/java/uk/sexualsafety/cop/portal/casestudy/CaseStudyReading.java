package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * The newest published version of a case study as a reader sees it, with its history and what this reader may do.
 *
 * @param version        the case study's version, for an archive that must not overwrite a change made meanwhile
 * @param revisionStatus the author's revision in progress, shown only to the author and moderators; else null
 */
public record CaseStudyReading(long id, long version, int versionNumber, LocalDate firstPublishedOn,
                               LocalDate versionPublishedOn, CaseStudyStatus status, String title,
                               List<ShownField> fields, List<VersionEntry> versions, boolean author,
                               boolean mayCompare, boolean mayRevise, boolean mayArchive,
                               RevisionStatus revisionStatus) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public CaseStudyRef ref() {
        return new CaseStudyRef(id, version);
    }

    public CaseStudyReading {
        fields = List.copyOf(fields);
        versions = List.copyOf(versions);
    }
}
