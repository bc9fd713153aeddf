package uk.sexualsafety.cop.portal.investigator.matching;

import java.util.List;
import java.util.Objects;

/** An investigator who may not take the request, with every reason that applies. */
public record ExcludedInvestigator(InvestigatorCandidate investigator, List<String> reasons) {

    public ExcludedInvestigator {
        Objects.requireNonNull(investigator, "investigator");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("An excluded investigator needs a reason");
        }
    }

    public long investigatorId() {
        return investigator.investigatorId();
    }

    public String displayName() {
        return investigator.displayName();
    }
}
