package uk.sexualsafety.cop.portal.investigator;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;
import uk.sexualsafety.cop.portal.investigator.matching.MatchingRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The coordinator's ranked list for a request: every active investigator ranked or excluded, with the reasons. */
@Service
@RolesAllowed(Role.Names.POOL_COORDINATOR)
public class PoolMatching {

    private final CandidateLoader candidates;
    private final IcbNames icbNames;
    private final PoolProperties properties;
    private final Clock clock;

    PoolMatching(CandidateLoader candidates, IcbNames icbNames, PoolProperties properties, Clock clock) {
        this.candidates = candidates;
        this.icbNames = icbNames;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Ranks the pool for the request. Loads the whole active pool in a few bulk queries and matches in memory.
     *
     * @throws InvestigationRequestNotFoundException if there is no such request
     */
    public MatchResult rank(long requestId) {
        MatchingRequest request = candidates.request(requestId)
                .orElseThrow(InvestigationRequestNotFoundException::new);
        return rank(request, candidates.activeCandidates());
    }

    MatchResult rank(MatchingRequest request, List<PoolCandidate> pool) {
        return InvestigatorMatcher.rank(MatchingAdapter.profile(request, icbNames.nameOf(request.organisationIcbId())),
                pool.stream().map(MatchingAdapter::candidate).toList(),
                new MatchingRules(properties.employmentConflictYears(), LocalDate.now(clock)));
    }
}
