package uk.sexualsafety.cop.portal.nhsmail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Before a browser is sent to NHSmail, checks that the provider answers; when it does not, the browser returns to
 * the sign-in page, which explains the outage and offers the password, instead of an error page.
 */
class NhsMailAvailabilityFilter extends OncePerRequestFilter {

    static final String START_PATH = "/oauth2/authorization/" + NhsMailRegistrations.REGISTRATION_ID;

    private final NhsMailRegistrations registrations;

    NhsMailAvailabilityFilter(NhsMailRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !START_PATH.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!registrations.refresh()) {
            response.sendRedirect(request.getContextPath() + NhsMailNotice.UNAVAILABLE.loginPage());
            return;
        }
        chain.doFilter(request, response);
    }
}
