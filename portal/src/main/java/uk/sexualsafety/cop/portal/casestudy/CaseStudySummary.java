package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.LocalDate;
import java.util.List;

/** A published case study in the list: what its newest version says about it. */
public record CaseStudySummary(long id, String title, String summary, OrganisationType organisationType,
                               HarmStructure harmStructure, List<Theme> themes, LocalDate firstPublishedOn,
                               int versionNumber) {

    public CaseStudySummary {
        themes = List.copyOf(themes);
    }
}
