package uk.sexualsafety.cop.portal.investigator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorCandidate;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;
import uk.sexualsafety.cop.portal.investigator.matching.MatchingRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ranks the pool for a request with the matching engine; callers check who may see the result. */
@Component
class PoolRanking {

    private static final Logger log = LoggerFactory.getLogger(PoolRanking.class);

    private final IcbNames icbNames;
    private final PoolProperties properties;
    private final Clock clock;

    PoolRanking(IcbNames icbNames, PoolProperties properties, Clock clock) {
        this.icbNames = icbNames;
        this.properties = properties;
        this.clock = clock;
    }

    /** Ranks the pool as of today, as people in the UK count days. */
    MatchResult rank(MatchingRequest request, List<PoolCandidate> pool) {
        return rank(request, pool, PoolDates.today(clock));
    }

    MatchResult rank(MatchingRequest request, List<PoolCandidate> pool, LocalDate today) {
        var candidates = new ArrayList<InvestigatorCandidate>(pool.size());
        for (PoolCandidate candidate : pool) {
            try {
                candidates.add(MatchingAdapter.candidate(candidate));
            } catch (IllegalArgumentException incomplete) {
                // One profile the engine cannot read (e.g. neither on site nor remote) must not hide the whole list.
                log.warn("Investigator {} left out of matching: {}", candidate.investigatorId(),
                        incomplete.getMessage());
            }
        }
        return InvestigatorMatcher.rank(MatchingAdapter.profile(request, icbNames.nameOf(request.organisationIcbId())),
                candidates, new MatchingRules(properties.employmentConflictYears(), today));
    }
}
