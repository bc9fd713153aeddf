package uk.sexualsafety.cop.portal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.security.PortalUser;

/**
 * Puts a real account in the test thread's security context, built the way each request builds it, so that service
 * tests exercise the same method security and audit actor as the running portal.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static PortalUser as(AccountUserDetailsService users, long accountId) {
        PortalUser user = users.activeUser(accountId).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
