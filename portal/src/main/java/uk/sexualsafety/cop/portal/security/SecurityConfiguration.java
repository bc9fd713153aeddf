package uk.sexualsafety.cop.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.portal.security.ui.LoginView;

import java.util.List;

/**
 * Who may reach what. Views carry their own access annotations and Vaadin's navigation access control enforces
 * them; services check again with method security. Sign-ins live in the shared session store (see
 * {@link SignInSecurityContextRepository}); Spring Session's filter is deliberately not used, because Vaadin's UI
 * state cannot live in it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSecurityContextRepository signInRepository,
                                            LoginThrottle throttle, MetricsAccessProperties metricsAccess,
                                            RequestUtil vaadinRequests, SecurityContextHolderStrategy securityContext,
                                            ObjectProvider<SignInMethod> otherSignInMethods,
                                            SignInAudit signInAudit) throws Exception {
        http.securityContext(context -> context.securityContextRepository(signInRepository));
        secondFactorGate(http, securityContext);
        otherSignInMethods(http, otherSignInMethods);
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new LoginThrottleFilter(throttle, signInAudit), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/prometheus").access(fromAddresses(metricsAccess.allowedAddresses()))
                .requestMatchers("/actuator/**").denyAll());
        http.headers(headers -> headers
                // Vaadin writes its pages past the lazy header writer, so the headers go on first.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new ContentSecurityPolicy()));
        csrfOnSignIn(http, vaadinRequests);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class, "/")
                // Audited first, while the sign-in still names its account. Whose sign-out it is comes from the
                // request's own sign-in, as the next handler ends it, not from the authentication Vaadin hands over:
                // that is the static SecurityContextHolder's, not always the strategy this chain filled.
                .addLogoutHandler((request, response, ignored) -> signInAudit.logout(request, response,
                        signInRepository.loadDeferredContext(request).get().getAuthentication()))
                .addLogoutHandler((request, response, authentication) -> signInRepository.signOut(request, response)));
        return http.build();
    }

    /**
     * Vaadin's own configuration exempts the sign-in POST from Spring's CSRF check, so that a page on another site
     * could sign a visitor's browser into an account of its choosing (decision 035). Only Vaadin's internal requests,
     * which carry Vaadin's own token, are exempt here; the sign-in form sends Spring's token, which Vaadin writes
     * into the page's {@code _csrf} meta tags and its login form adds to the POST.
     */
    private static void csrfOnSignIn(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        // A refused sign-in goes back to the sign-in page, which says why, instead of an error page.
        AccessDeniedHandler refused = (request, response, denied) -> {
            if (signIn.matches(request)) {
                response.sendRedirect(request.getContextPath() + "/login?" + LoginView.REFUSED);
            } else {
                forbidden.handle(request, response, denied);
            }
        };
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(refused);
                        return filter;
                    }
                }));
    }

    /** A sign-in that waits for its second factor sees only the second-factor pages (decision 033). */
    private static void secondFactorGate(HttpSecurity http, SecurityContextHolderStrategy securityContext) {
        http.addFilterAfter(new SecondFactorFilter(securityContext), SecurityContextHolderFilter.class);
    }

    /** NHSmail when configured (decision 032); each ends in the same sign-in store as the password. */
    private static void otherSignInMethods(HttpSecurity http, ObjectProvider<SignInMethod> methods)
            throws Exception {
        for (SignInMethod method : methods.orderedStream().toList()) {
            method.configure(http);
        }
    }

    /** Metrics are for the monitoring system on the private network, not for the public. */
    private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> allowed) {
        List<IpAddressMatcher> matchers = allowed.stream().map(IpAddressMatcher::new).toList();
        return (authentication, context) -> new AuthorizationDecision(
                matchers.stream().anyMatch(matcher -> matcher.matches(context.getRequest())));
    }

    @Bean
    SignInSecurityContextRepository signInSecurityContextRepository(SignInSessions signIns,
                                                                    AccountUserDetailsService users,
                                                                    SignInProperties properties,
                                                                    SecondFactorProperties secondFactor) {
        return new SignInSecurityContextRepository(signIns, users, properties, secondFactor);
    }

    @Bean
    JdbcIndexedSessionRepository signInSessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                                         SignInProperties properties) {
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(transactions));
        repository.setDefaultMaxInactiveInterval(properties.inactivityTimeout());
        repository.setCleanupCron("0 * * * * *");
        new MySqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
        return repository;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so that it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
