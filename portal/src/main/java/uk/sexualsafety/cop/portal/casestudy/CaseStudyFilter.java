package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

/**
 * What the list of published case studies is narrowed to; a null value does not narrow it.
 *
 * @param charterCommitment the number of a Charter commitment
 * @param year              the year the case study was first published
 */
public record CaseStudyFilter(Theme theme, HarmStructure harmStructure, OrganisationType organisationType,
                              Integer charterCommitment, Integer year) {

    public static final CaseStudyFilter NONE = new CaseStudyFilter(null, null, null, null, null);
}
