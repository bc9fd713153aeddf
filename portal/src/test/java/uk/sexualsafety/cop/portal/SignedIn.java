package uk.sexualsafety.cop.portal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.security.PortalUser;

/**
 * Puts a real account in the test thread's security context, built the way each request builds it, so that service
 * tests exercise the same method security and audit actor as the running portal. It goes through this application
 * context's own holder strategy: each cached test context has one, and method security reads its own.
 */
public class SignedIn {

    private final AccountUserDetailsService users;
    private final SecurityContextHolderStrategy strategy;

    public SignedIn(AccountUserDetailsService users, SecurityContextHolderStrategy strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public PortalUser as(long accountId) {
        PortalUser user = users.activeUser(accountId).orElseThrow();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        return user;
    }

    public void nobody() {
        strategy.clearContext();
    }
}
