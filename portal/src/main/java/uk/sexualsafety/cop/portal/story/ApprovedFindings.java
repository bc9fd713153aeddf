package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;

/** The anonymiser's findings a person chose to replace, in the title and in the text they were found in. */
public record ApprovedFindings(List<Finding> inTitle, List<Finding> inBody) {

    public static final ApprovedFindings NONE = new ApprovedFindings(List.of(), List.of());

    public ApprovedFindings {
        inTitle = List.copyOf(inTitle);
        inBody = List.copyOf(inBody);
    }
}
