package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.moderation.anonymisation.Finding;

import java.util.List;

/** A request just filed, with what the anonymiser still found in its summary for the requester to review. */
public record FiledRequest(long id, long version, List<Finding> warnings) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public RequestRef ref() {
        return new RequestRef(id, version);
    }

    public FiledRequest {
        warnings = List.copyOf(warnings);
    }
}
