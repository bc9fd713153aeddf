package uk.sexualsafety.cop.db.policy;

import java.time.LocalDate;

/** An active policy as the library lists it, read without its text or file. */
public record PolicyListing(long id, String title, PolicyType type, long organisationId, String organisationName,
                            String versionLabel, LocalDate effectiveOn, LocalDate reviewDueOn, boolean adaptable) {
}
