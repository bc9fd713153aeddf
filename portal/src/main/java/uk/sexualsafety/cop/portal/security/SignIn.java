package uk.sexualsafety.cop.portal.security;

import java.time.Instant;

/** One browser's sign-in, as "Your sessions" lists it. */
public record SignIn(String id, long accountId, String device, Instant signedInAt, Instant lastActiveAt) {
}
