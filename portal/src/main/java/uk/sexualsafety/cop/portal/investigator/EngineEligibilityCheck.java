package uk.sexualsafety.cop.portal.investigator;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.investigator.matching.ExcludedInvestigator;

import java.time.LocalDate;
import java.util.List;

/** The offer's server-side check uses exactly the rules of the ranked list: the matching engine's. */
@Component
class EngineEligibilityCheck implements EligibilityCheck {

    private final PoolRanking ranking;

    EngineEligibilityCheck(PoolRanking ranking) {
        this.ranking = ranking;
    }

    @Override
    public List<String> reasonsAgainst(MatchingRequest request, PoolCandidate candidate, LocalDate today) {
        return ranking.rank(request, List.of(candidate), today).excluded().stream().findFirst()
                .map(ExcludedInvestigator::reasons).orElse(List.of());
    }
}
