package uk.sexualsafety.cop.portal.casestudy;

import java.util.List;

/** Two published versions of a case study side by side, field by field. */
public record VersionComparison(long caseStudyId, String title, VersionEntry from, VersionEntry to,
                                List<FieldComparison> fields, List<VersionEntry> versions) {

    public VersionComparison {
        fields = List.copyOf(fields);
        versions = List.copyOf(versions);
    }
}
