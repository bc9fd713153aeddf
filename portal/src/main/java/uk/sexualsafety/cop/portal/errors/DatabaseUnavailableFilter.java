package uk.sexualsafety.cop.portal.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * While the database is unreachable every request (even reading a sign-in) fails; people get a calm page with
 * status 503 instead of an error trace, and Vaadin's client keeps retrying until the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The health endpoint must report the outage itself.
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!Failures.isDatabaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable while serving a request: {}", Failures.describeSafely(failure));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseUnavailablePage.RETRY_AFTER_SECONDS);
            response.setContentType(DatabaseUnavailablePage.CONTENT_TYPE);
            response.getOutputStream().write(DatabaseUnavailablePage.bytes());
        }
    }
}
