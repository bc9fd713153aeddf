package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;

/** What the anonymiser found in a story's title and text, for a person to accept or reject finding by finding. */
public record AnonymisationPreview(List<Finding> titleFindings, List<Finding> bodyFindings) {

    /** Nothing found, or nothing shown to look in. */
    public static final AnonymisationPreview NONE = new AnonymisationPreview(List.of(), List.of());

    public AnonymisationPreview {
        titleFindings = List.copyOf(titleFindings);
        bodyFindings = List.copyOf(bodyFindings);
    }

    public boolean isEmpty() {
        return titleFindings.isEmpty() && bodyFindings.isEmpty();
    }
}
