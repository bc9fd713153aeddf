package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;

/** A request just filed, with what the anonymiser still found in its summary for the requester to review. */
public record FiledRequest(long id, long version, List<Finding> warnings) {

    public FiledRequest {
        warnings = List.copyOf(warnings);
    }
}
