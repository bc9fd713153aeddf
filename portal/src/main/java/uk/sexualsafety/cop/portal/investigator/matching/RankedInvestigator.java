package uk.sexualsafety.cop.portal.investigator.matching;

import java.util.List;
import java.util.Objects;

/** An investigator who may take the request, at their place in the list (1 is the best), with why they rank there. */
public record RankedInvestigator(int rank, InvestigatorCandidate investigator, List<String> reasons) {

    public RankedInvestigator {
        if (rank < 1) {
            throw new IllegalArgumentException("Ranks start at 1");
        }
        Objects.requireNonNull(investigator, "investigator");
        reasons = List.copyOf(reasons);
    }

    public long investigatorId() {
        return investigator.investigatorId();
    }

    public String displayName() {
        return investigator.displayName();
    }
}
