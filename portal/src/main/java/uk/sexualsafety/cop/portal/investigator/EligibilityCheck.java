package uk.sexualsafety.cop.portal.investigator;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides on the server whether an investigator may be offered a request, so that an offer to an ineligible or
 * conflicted investigator is refused even when the call did not come from the ranked list. The matching engine
 * backs it ({@link EngineEligibilityCheck}), so the offer applies exactly the rules of the ranked list.
 */
interface EligibilityCheck {

    /** Why the investigator may not be offered the request, in words for the coordinator; empty when they may. */
    List<String> reasonsAgainst(MatchingRequest request, PoolCandidate candidate, LocalDate today);
}
