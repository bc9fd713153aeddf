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
import java.nio.charset.StandardCharsets;

/**
 * While the database is unreachable every request (even reading a sign-in) fails; people get a calm page with
 * status 503 instead of an error trace, and Vaadin's client keeps retrying until the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private static final String PAGE = """
            <!doctype html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Please try again shortly</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
            <main><h1>Please try again in a minute</h1>
            <p>The portal cannot reach its database just now. Nothing you have already saved is lost.
            This page will work again as soon as the database is back.</p>
            <h2>If you need help now</h2>
            <p>In an emergency call 999. Samaritans are free on 116 123, any time.</p></main>
            </body></html>
            """;

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
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
