package uk.sexualsafety.cop.db.policy;

import java.time.LocalDate;

/** An active policy whose current version's review is due by some date. */
public record ReviewDue(long policyId, LocalDate reviewDueOn) {
}
