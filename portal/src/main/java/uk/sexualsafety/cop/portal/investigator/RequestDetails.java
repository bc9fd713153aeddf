package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Specialism;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One request in full, for its organisation's requesters and for the coordinators.
 *
 * @param progress     the current assignment's progress; empty until an offer is accepted
 * @param investigator the investigator's contact details; empty until an offer is accepted
 * @param offers       every offer of the request and its answer, for coordinators only (empty for requesters)
 */
public record RequestDetails(RequestSummary request, Set<Specialism> specialismsNeeded, boolean excludeSameIcb,
                             String summary, String requestedBy, Optional<Progress> progress,
                             Optional<InvestigatorContact> investigator, List<OfferSummary> offers) {

    public RequestDetails {
        offers = List.copyOf(offers);
    }
}
