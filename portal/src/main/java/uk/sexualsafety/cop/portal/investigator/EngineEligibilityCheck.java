package uk.sexualsafety.cop.portal.investigator;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.investigator.matching.ExcludedInvestigator;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorMatcher;
import uk.sexualsafety.cop.portal.investigator.matching.MatchResult;
import uk.sexualsafety.cop.portal.investigator.matching.MatchingRules;

import java.time.LocalDate;
import java.util.List;

/** The offer's server-side check uses exactly the rules of the ranked list: the matching engine's. */
@Component
@Primary
class EngineEligibilityCheck implements EligibilityCheck {

    private final IcbNames icbNames;
    private final PoolProperties properties;

    EngineEligibilityCheck(IcbNames icbNames, PoolProperties properties) {
        this.icbNames = icbNames;
        this.properties = properties;
    }

    @Override
    public List<String> reasonsAgainst(MatchingRequest request, PoolCandidate candidate, LocalDate today) {
        MatchResult result = InvestigatorMatcher.rank(
                MatchingAdapter.profile(request, icbNames.nameOf(request.organisationIcbId())),
                List.of(MatchingAdapter.candidate(candidate)),
                new MatchingRules(properties.employmentConflictYears(), today));
        return result.excluded().stream().findFirst().map(ExcludedInvestigator::reasons).orElse(List.of());
    }
}
