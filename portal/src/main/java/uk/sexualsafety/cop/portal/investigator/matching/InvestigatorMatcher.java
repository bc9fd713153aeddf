package uk.sexualsafety.cop.portal.investigator.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the pool for one request. One pass sorts candidates into eligible and excluded with their reasons, then
 * only the eligible are sorted: the work grows with the number of candidates, not with pairs of them.
 */
public final class InvestigatorMatcher {

    private static final Comparator<ExcludedInvestigator> BY_NAME = Comparator
            .comparing(ExcludedInvestigator::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(ExcludedInvestigator::investigatorId);

    private InvestigatorMatcher() {
    }

    public static MatchResult rank(RequestProfile request, Collection<InvestigatorCandidate> candidates,
                                   MatchingRules rules) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(rules, "rules");
        PreparedRequest prepared = PreparedRequest.of(request, rules);
        List<RankingScore> scores = new ArrayList<>(candidates.size());
        List<ExcludedInvestigator> excluded = new ArrayList<>();
        for (InvestigatorCandidate candidate : candidates) {
            List<String> against = Eligibility.reasonsAgainst(candidate, prepared);
            if (against.isEmpty()) {
                scores.add(RankingScore.of(candidate, prepared));
            } else {
                excluded.add(new ExcludedInvestigator(candidate, against));
            }
        }
        scores.sort(RankingScore.BEST_FIRST);
        excluded.sort(BY_NAME);
        List<RankedInvestigator> eligible = new ArrayList<>(scores.size());
        for (RankingScore score : scores) {
            eligible.add(new RankedInvestigator(eligible.size() + 1, score.candidate(), score.reasons(prepared)));
        }
        return new MatchResult(eligible, excluded);
    }

    /**
     * Why one investigator may not take the request, by the rules of the ranked list; empty when they may. The
     * server checks an offer with it, whatever list the coordinator chose from.
     */
    public static List<String> reasonsAgainst(RequestProfile request, InvestigatorCandidate candidate,
                                              MatchingRules rules) {
        return Eligibility.reasonsAgainst(candidate, PreparedRequest.of(request, rules));
    }
}
