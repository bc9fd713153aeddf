package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Specialism;

import java.util.Set;

/**
 * A case in full for its investigator, once they have signed the conflict declaration: the request, its summary and
 * who at the organisation asked for it.
 */
public record CaseDetails(long assignmentId, RequestSummary request, Set<Specialism> specialismsNeeded,
                          String summary, String requesterName, String requesterEmail, Progress progress) {
}
