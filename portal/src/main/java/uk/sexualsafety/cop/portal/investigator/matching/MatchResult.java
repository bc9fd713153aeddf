package uk.sexualsafety.cop.portal.investigator.matching;

import java.util.List;

/**
 * The coordinator's view of one request: eligible investigators best first, and those left out, by name.
 */
public record MatchResult(List<RankedInvestigator> eligible, List<ExcludedInvestigator> excluded) {

    public MatchResult {
        eligible = List.copyOf(eligible);
        excluded = List.copyOf(excluded);
    }
}
