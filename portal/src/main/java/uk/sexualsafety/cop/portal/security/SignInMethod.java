package uk.sexualsafety.cop.portal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way of signing in besides the password form, present only when configured (NHSmail, decision 032). Each adds
 * its own filters; a successful sign-in ends in the same sign-in store as a password does.
 */
public interface SignInMethod {

    void configure(HttpSecurity http) throws Exception;
}
