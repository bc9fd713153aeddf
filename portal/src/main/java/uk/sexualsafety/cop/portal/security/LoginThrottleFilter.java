package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Counts each sign-in form post with the {@link LoginThrottle} before any password is checked, and refuses it when
 * the account or the client has used up its allowance. The first refusal of a window goes on the audit trail.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_URL = "/login?throttled";

    private final LoginThrottle throttle;
    private final SignInAudit audit;

    LoginThrottleFilter(LoginThrottle throttle, SignInAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        if (!throttle.tryAttempt(email, request.getRemoteAddr())) {
            if (throttle.firstRefusalInWindow(email, request.getRemoteAddr())) {
                audit.refusedForTooManyAttempts(email);
            }
            response.sendRedirect(request.getContextPath() + THROTTLED_URL);
            return;
        }
        // A right password gives this attempt back (LoginThrottle.onSuccess, during the chain below).
        request.setAttribute(LoginThrottle.CountedAttempt.ATTRIBUTE,
                new LoginThrottle.CountedAttempt(email, request.getRemoteAddr()));
        chain.doFilter(request, response);
    }
}
