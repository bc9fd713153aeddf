package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;

/** The coordinator's ranked list for a request: every active investigator ranked or excluded, with the reasons. */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class PoolMatching {

    private final CandidateLoader candidates;
    private final PoolRanking ranking;

    PoolMatching(CandidateLoader candidates, PoolRanking ranking) {
        this.candidates = candidates;
        this.ranking = ranking;
    }

    /**
     * Ranks the pool for the request. Loads the whole active pool in a few bulk queries and matches in memory.
     *
     * @throws InvestigationRequestNotFoundException if there is no such request
     */
    public MatchResult rank(long requestId) {
        MatchingRequest request = candidates.request(requestId)
                .orElseThrow(InvestigationRequestNotFoundException::new);
        return ranking.rank(request, candidates.activeCandidates());
    }
}
