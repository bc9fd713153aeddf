package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.policy.PolicyType;

/**
 * What the library shows; each null means any.
 *
 * @param icbId       only organisations in this integrated care board
 * @param commitment  only policies addressing this Charter commitment
 * @param overdueOnly only policies whose review date has passed
 */
public record PolicyFilter(PolicyType type, Long organisationId, Nation nation, Long icbId, Integer commitment,
                           boolean overdueOnly) {

    public static PolicyFilter none() {
        return new PolicyFilter(null, null, null, null, null, false);
    }
}
