package uk.sexualsafety.cop.db.policy;

import java.util.Objects;
import java.util.Set;

/**
 * What a policy is, as its organisation describes it: checked by the portal before it gets here.
 *
 * @param commitments the numbers (1 to 10) of the Charter commitments the policy addresses
 * @param adaptable   whether other organisations may adapt it for their own use
 */
public record PolicyDescription(String title, PolicyType type, String summary, Set<Integer> commitments,
                                boolean adaptable) {

    public PolicyDescription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        commitments = Set.copyOf(commitments);
        if (commitments.stream().anyMatch(number -> number < 1 || number > 10)) {
            throw new IllegalArgumentException("Charter commitments are numbered 1 to 10: " + commitments);
        }
    }
}
