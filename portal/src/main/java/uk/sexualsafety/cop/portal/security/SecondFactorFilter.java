package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Sends a browser whose sign-in waits for its second factor to the second-factor page, whatever page it asks for.
 * It is the way there, not the protection: such a request is already treated as signed out (see
 * {@link SignInSecurityContextRepository}). Navigation inside an open page is sent there by the views' guard.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String SECOND_FACTOR_PATH = "/second-factor";
    private static final Set<String> OPEN_WHILE_PENDING = Set.of(SECOND_FACTOR_PATH, SECOND_FACTOR_PATH + "/enrol",
            "/logout");

    private final SecurityContextHolderStrategy securityContext;

    SecondFactorFilter(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPageRequest(request) && !OPEN_WHILE_PENDING.contains(request.getServletPath())) {
            securityContext.getContext().getAuthentication();
            if (SecondFactorGate.isPending(request)) {
                response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A page the browser opens (not Vaadin's own requests, styles, scripts or images). */
    private static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html");
    }
}
