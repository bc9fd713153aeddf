package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;

/**
 * Puts signing in and out on the audit trail, from Spring Security's own events so that every way of signing in is
 * covered. A sign-in is recorded when its first step succeeds (saying whether a second step is still to pass) and
 * again when the second step is passed. A failed sign-in names the account when the address typed belongs to one;
 * otherwise nothing of what was typed is kept, and never a password.
 */
@Component
public class SignInAudit implements LogoutHandler {

    public static final String TARGET = "account";

    private final AuditTrail audit;
    private final AccountRepository accounts;
    private final SecondFactorProperties secondFactor;

    SignInAudit(AuditTrail audit, AccountRepository accounts, SecondFactorProperties secondFactor) {
        this.audit = audit;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignInPrincipal principal)) {
            return;
        }
        String method = event.getAuthentication() instanceof UsernamePasswordAuthenticationToken ? "password"
                : "NHSmail";
        boolean secondStepNext = !principal.passedSecondFactor() && principal instanceof PortalUser user
                && secondFactor.requiredFor(user.roles());
        audit.recordAs(principal.accountId(), "SIGNED_IN", TARGET, principal.accountId(),
                secondStepNext ? method + "; second step to pass" : method);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException() instanceof LockedException
                || event.getException() instanceof DisabledException ? "account suspended" : "refused";
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken typed)) {
            audit.recordAs(null, "SIGN_IN_FAILED", TARGET, null, "NHSmail " + reason);
            return;
        }
        // The typed address only finds the account; it is never written down.
        Long accountId = typed.getName() == null ? null
                : accounts.findByEmail(Account.normaliseEmail(typed.getName())).map(Account::getId).orElse(null);
        audit.recordAs(null, "SIGN_IN_FAILED", TARGET, accountId,
                accountId == null ? "no account has the address typed" : "password " + reason);
    }

    /**
     * A sign-in form post refused by the throttle, without its password being checked: recorded against the account
     * when the address typed belongs to one, never with the address itself. The caller records at most one such
     * refusal per account and client in a throttle window, so a flood of refused posts cannot flood the trail.
     */
    @Transactional
    public void refusedForTooManyAttempts(String typedEmail) {
        Long accountId = typedEmail == null ? null
                : accounts.findByEmail(Account.normaliseEmail(typedEmail)).map(Account::getId).orElse(null);
        audit.recordAs(null, "SIGN_IN_FAILED", TARGET, accountId, "too many attempts: refused unchecked");
    }

    /** The second step was passed: the sign-in is now complete. */
    @Transactional
    public void secondStepPassed(long accountId) {
        audit.recordAs(accountId, "SIGN_IN_SECOND_STEP_PASSED", TARGET, accountId, null);
    }

    /** Signing out, as one of the sign-out's handlers, run before the sign-in is ended. */
    @Override
    @Transactional
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignInPrincipal principal) {
            audit.recordAs(principal.accountId(), "SIGNED_OUT", TARGET, principal.accountId(), null);
        }
    }
}
