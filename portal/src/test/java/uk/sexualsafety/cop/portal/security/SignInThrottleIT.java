package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.throttle.AtOnce;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle against the running portal over HTTP: many sign-in form posts at the same moment, counting how
 * many passwords were actually checked (Spring Security's authentication events, one per check).
 *
 * <p>It runs in the browser journeys' context ({@code @BrowserTest}: the portal on a random port) so that no further
 * Spring context is started; it needs no browser. Each test comes from IPv6 addresses of its own (the portal trusts
 * {@code X-Forwarded-For} from the local proxy), so the journeys' own client, 127.0.0.1, keeps its allowance.
 * The test profile allows 3 attempts per account and, by default, 20 per client in 5 minutes.
 */
@BrowserTest
class SignInThrottleIT {

    private static final int PER_ACCOUNT = 3;
    private static final int PER_CLIENT = 20;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ConfigurableApplicationContext context;

    private final Queue<String> passwordChecks = new ConcurrentLinkedQueue<>();
    private final ApplicationListener<AbstractAuthenticationEvent> checks = event -> {
        if (event instanceof AuthenticationSuccessEvent || event instanceof AbstractAuthenticationFailureEvent) {
            passwordChecks.add(event.getAuthentication().getName());
        }
    };
    private SignInHttp http;
    private final String network = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":";

    @BeforeEach
    void countPasswordChecks() {
        http = new SignInHttp(port);
        context.addApplicationListener(checks);
    }

    @AfterEach
    void stopCounting() {
        context.removeApplicationListener(checks);
        http.close();
    }

    @Test
    void fiftyAttemptsAtOnceAgainstOneAccountGetOnlyItsAllowanceCheckedAndTheRestThePauseMessage()
            throws Exception {
        Credentials person = accounts.create(Role.MEMBER);

        // Each attempt from a /64 of its own: only the account's allowance stands in the way.
        Map<String, Long> answers = fiftyAtOnce(attempt -> new Attempt(person.email(), "guess-" + attempt,
                network + attempt + "::1"));

        assertThat(passwordChecks).hasSize(PER_ACCOUNT).containsOnly(person.email());
        assertThat(answers).containsOnly(Map.entry("/login?error", (long) PER_ACCOUNT),
                Map.entry("/login?throttled", 50L - PER_ACCOUNT));
    }

    @Test
    void fiftyAttemptsAtOnceFromOneIpv6Slash64GetOnlyTheClientsAllowanceChecked() throws Exception {
        String accountsPrefix = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "-";

        // A different address of one /64 and a different (unknown) account for each attempt.
        Map<String, Long> answers = fiftyAtOnce(attempt -> new Attempt(accountsPrefix + attempt + "@test.nhs.net",
                "guess", network + "1:" + Integer.toHexString(attempt + 1) + "::2"));

        assertThat(passwordChecks).hasSize(PER_CLIENT).allMatch(name -> name.startsWith(accountsPrefix));
        assertThat(answers).containsOnly(Map.entry("/login?error", (long) PER_CLIENT),
                Map.entry("/login?throttled", 50L - PER_CLIENT));
    }

    @Test
    void aRightPasswordDoesNotCountAgainstTheAccountButFailuresStillPauseIt() throws Exception {
        Credentials person = accounts.create(Role.MEMBER);
        String client = network + "5::1";

        List<String> answers = List.of(signIn(person.email(), "wrong-1", client),
                signIn(person.email(), "wrong-2", client), signIn(person.email(), person.password(), client),
                signIn(person.email(), "wrong-3", client), signIn(person.email(), person.password(), client));

        assertThat(answers).containsExactly("/login?error", "/login?error", "/", "/login?error",
                "/login?throttled");
        assertThat(passwordChecks).hasSize(4);
    }

    /**
     * Opens 50 sign-in pages one after another, then posts their forms at the same moment; counts the answers by
     * where they send the browser.
     */
    private Map<String, Long> fiftyAtOnce(IntFunction<Attempt> attempt) throws Exception {
        List<SignInForm> forms = IntStream.range(0, 50).mapToObj(each -> signInPage()).toList();
        return AtOnce.run(50, each -> post(forms.get(each), attempt.apply(each))).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String signIn(String email, String password, String clientAddress) {
        return post(signInPage(), new Attempt(email, password, clientAddress));
    }

    private record Attempt(String email, String password, String clientAddress) {
    }

    private SignInForm signInPage() {
        return http.signInPage();
    }

    private String post(SignInForm form, Attempt attempt) {
        return http.post(form, attempt.email(), attempt.password(), attempt.clientAddress());
    }
}
