package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;
import uk.sexualsafety.cop.portal.investigator.matching.RequestProfile;

/** The coordinator's ranked list for a request: every active investigator ranked or excluded, with the reasons. */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class PoolMatching {

    private final CandidateLoader loader;

    PoolMatching(CandidateLoader loader) {
        this.loader = loader;
    }

    /**
     * Ranks the pool for the request. Reads the whole active pool in a few bulk queries and matches in memory.
     *
     * @throws InvestigationRequestNotFoundException if there is no such request
     */
    public MatchResult rank(long requestId) {
        RequestProfile request = loader.request(requestId).orElseThrow(InvestigationRequestNotFoundException::new);
        return InvestigatorMatcher.rank(request, loader.activeCandidates(), loader.rules());
    }
}
