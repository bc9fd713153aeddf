package uk.sexualsafety.cop.portal.security;

/**
 * What a successful sign-in hands to the sign-in store: the account, and whether the way it signed in already
 * counts as a second factor (NHSmail does; a password does not).
 */
public interface SignInPrincipal {

    long accountId();

    boolean passedSecondFactor();
}
