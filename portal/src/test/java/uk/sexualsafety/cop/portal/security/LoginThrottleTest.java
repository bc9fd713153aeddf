package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.portal.security.LoginThrottle.CountedAttempt;
import uk.sexualsafety.cop.portal.throttle.AtOnce;
import uk.sexualsafety.cop.portal.throttle.MemoryBucketStore;
import uk.sexualsafety.cop.portal.throttle.TestTime;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String ACCOUNT = "person@nhs.net";

    private final TestTime time = new TestTime("2026-07-01T12:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(
            new SignInProperties(null, null, 3, 20, Duration.ofMinutes(5)), new MemoryBucketStore(time));

    @Test
    void anAttemptIsCountedBeforeItsPasswordIsChecked() {
        assertThat(attempts(ACCOUNT, "203.0.113.7", 4)).containsExactly(true, true, true, false);
    }

    @Test
    void fiftyAttemptsAtOnceAgainstOneAccountGetAtMostItsAllowanceChecked() throws Exception {
        List<Boolean> checked = AtOnce.run(50, client -> throttle.tryAttempt(ACCOUNT, "2001:db8:" + client + "::1"));

        assertThat(checked).filteredOn(Boolean::booleanValue).hasSize(3);
    }

    @Test
    void aSuccessfulSignInGivesItsAttemptBackSoOnlyFailuresAddUp() {
        for (int day = 0; day < 10; day++) {
            assertThat(throttle.tryAttempt(ACCOUNT, "203.0.113.7")).isTrue();
            throttle.succeeded(ACCOUNT, "203.0.113.7");
        }

        assertThat(attempts(ACCOUNT, "203.0.113.7", 4)).containsExactly(true, true, true, false);
    }

    @Test
    void theAccountIsTheSameHoweverItsAddressIsTyped() {
        attempts(ACCOUNT, "203.0.113.7", 3);

        assertThat(throttle.tryAttempt("  Person@NHS.net ", "203.0.113.8")).isFalse();
    }

    @Test
    void aClientIsPausedAcrossAccountsAndEveryAddressOfItsIpv6Slash64CountsAsIt() {
        List<Boolean> fromOneSlash64 = IntStream.range(0, 21)
                .mapToObj(guess -> throttle.tryAttempt("guess" + guess + "@nhs.net", "2001:db8:1:2::" + guess))
                .toList();

        assertThat(fromOneSlash64.subList(0, 20)).containsOnly(true);
        assertThat(fromOneSlash64.getLast()).isFalse();
        assertThat(throttle.tryAttempt("guess20@nhs.net", "2001:db8:1:3::1")).isTrue();
    }

    @Test
    void anAttemptRefusedForItsClientDoesNotUseUpTheAccountsAllowance() {
        IntStream.range(0, 20).forEach(guess -> throttle.tryAttempt("guess" + guess + "@nhs.net", "203.0.113.7"));

        assertThat(attempts(ACCOUNT, "203.0.113.7", 5)).containsOnly(false);
        assertThat(attempts(ACCOUNT, "203.0.113.8", 4)).containsExactly(true, true, true, false);
    }

    @Test
    void theAllowanceComesBackOverTheWindow() {
        attempts(ACCOUNT, "203.0.113.7", 3);

        time.pass(Duration.ofSeconds(100));

        assertThat(attempts(ACCOUNT, "203.0.113.7", 2)).containsExactly(true, false);
    }

    @Test
    void aRightPasswordGivesBackOnlyTheAttemptThatItsRequestCountedAndOnlyOnce() {
        attempts(ACCOUNT, "203.0.113.7", 3);
        var request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            var passwordSignIn = UsernamePasswordAuthenticationToken.authenticated(ACCOUNT, null, List.of());
            throttle.onSuccess(new AuthenticationSuccessEvent(passwordSignIn));
            assertThat(throttle.tryAttempt(ACCOUNT, "203.0.113.7")).as("nothing counted in this request").isFalse();

            request.setAttribute(CountedAttempt.ATTRIBUTE, new CountedAttempt(ACCOUNT, "203.0.113.7"));
            throttle.onSuccess(new AuthenticationSuccessEvent(new TestingAuthenticationToken(ACCOUNT, null)));
            assertThat(throttle.tryAttempt(ACCOUNT, "203.0.113.7")).as("another way of signing in").isFalse();

            throttle.onSuccess(new AuthenticationSuccessEvent(passwordSignIn));
            throttle.onSuccess(new AuthenticationSuccessEvent(passwordSignIn));
            assertThat(attempts(ACCOUNT, "203.0.113.7", 2)).containsExactly(true, false);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private List<Boolean> attempts(String email, String client, int count) {
        return IntStream.range(0, count).mapToObj(attempt -> throttle.tryAttempt(email, client)).toList();
    }
}
