package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.policy.PolicyType;

import java.time.LocalDate;
import java.util.Set;

/**
 * A change to a policy's description, or a review that kept its current version and sets the next review date.
 *
 * @param reviewDueOn the current version's next review date
 */
public record PolicyDetailsForm(String title, PolicyType type, String summary, Set<Integer> commitments,
                                boolean adaptable, LocalDate reviewDueOn) {

    public PolicyDetailsForm {
        commitments = commitments == null ? Set.of() : Set.copyOf(commitments);
    }
}
