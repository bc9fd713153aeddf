package uk.sexualsafety.cop.portal.member;

import java.time.Instant;

/** A request waiting for an administrator, as the approval list shows it. */
public record PendingMembershipRequest(long id, String fullName, String email, String jobTitle,
                                       String organisationName, String reason, Instant requestedAt, long version) {
}
