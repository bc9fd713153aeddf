package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.time.Instant;
import java.util.Set;

/** An investigator in a coordinator's list of the pool. */
public record InvestigatorSummary(long id, String displayName, PoolStatus status, Set<Specialism> specialisms,
                                  int casesAtOnce, int daysPerMonth, Instant updatedAt, long version) {
}
