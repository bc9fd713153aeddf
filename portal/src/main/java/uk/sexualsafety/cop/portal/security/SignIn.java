package uk.sexualsafety.cop.portal.security;

import java.time.Instant;

/**
 * One browser's sign-in, as "Your sessions" lists it. {@code secondFactor} says whether it has passed a second factor
 * (a one-time code, or NHSmail, which applies its own); an account whose roles need one is not signed in without it.
 */
public record SignIn(String id, long accountId, String device, Instant signedInAt, Instant lastActiveAt,
                     boolean secondFactor) {
}
