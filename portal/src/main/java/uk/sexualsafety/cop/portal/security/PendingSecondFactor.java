package uk.sexualsafety.cop.portal.security;

/**
 * A sign-in whose password was right but whose account's roles need a second factor it has not yet passed. Until it
 * does, the request is treated as signed out: no roles, no {@link PortalUser}, so no view or service opens for it.
 */
public record PendingSecondFactor(String signInId, long accountId) {
}
