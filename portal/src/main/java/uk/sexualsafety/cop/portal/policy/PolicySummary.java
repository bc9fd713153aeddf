package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.policy.PolicyType;

import java.time.LocalDate;

/** A policy as the library lists it. */
public record PolicySummary(long id, String title, PolicyType type, String organisationName, String versionLabel,
                            LocalDate effectiveOn, LocalDate reviewDueOn, boolean reviewOverdue, boolean adaptable) {
}
