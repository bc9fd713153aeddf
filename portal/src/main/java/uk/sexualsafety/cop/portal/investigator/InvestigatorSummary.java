package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.Instant;
import java.util.Set;

/** An investigator in a coordinator's list of the pool. */
public record InvestigatorSummary(long id, String displayName, PoolStatus status, Set<Specialism> specialisms,
                                  int casesAtOnce, int daysPerMonth, Instant updatedAt, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public InvestigatorRef ref() {
        return new InvestigatorRef(id, version);
    }
}
