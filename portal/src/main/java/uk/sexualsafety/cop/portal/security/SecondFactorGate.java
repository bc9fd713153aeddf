package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The way through for a sign-in that waits for its second factor: which account it is (the only thing the
 * second-factor pages may act on), and turning it into a full sign-in once the factor is passed.
 */
@Component
public class SecondFactorGate {

    private final SecurityContextHolderStrategy securityContext;
    private final SignInSecurityContextRepository signIns;

    private final SignInAudit audit;

    SecondFactorGate(SecurityContextHolderStrategy securityContext, SignInSecurityContextRepository signIns,
                     SignInAudit audit) {
        this.securityContext = securityContext;
        this.signIns = signIns;
        this.audit = audit;
    }

    /** The current request's sign-in that waits for its second factor, if it has one. */
    public Optional<PendingSecondFactor> pending() {
        return currentRequest().flatMap(request -> {
            // Reading the context is what loads this request's sign-in (and marks it pending).
            securityContext.getContext().getAuthentication();
            return SignInSecurityContextRepository.pendingSecondFactor(request.getRequest());
        });
    }

    /** The second factor was passed: this browser is now signed in, under a new sign-in id. */
    public void complete() {
        ServletRequestAttributes current = currentRequest()
                .orElseThrow(() -> new IllegalStateException("A second factor is completed in a request"));
        HttpServletResponse response = current.getResponse();
        if (response == null) {
            throw new IllegalStateException("A second factor is completed in a request with a response");
        }
        PendingSecondFactor pending = SignInSecurityContextRepository.pendingSecondFactor(current.getRequest())
                .orElseThrow(() -> new IllegalStateException("This request has no sign-in waiting for a second "
                        + "factor"));
        signIns.completeSecondFactor(current.getRequest(), response);
        audit.secondStepPassed(pending.accountId());
    }

    private static Optional<ServletRequestAttributes> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes) : Optional.empty();
    }

    static boolean isPending(HttpServletRequest request) {
        return SignInSecurityContextRepository.pendingSecondFactor(request).isPresent();
    }
}
