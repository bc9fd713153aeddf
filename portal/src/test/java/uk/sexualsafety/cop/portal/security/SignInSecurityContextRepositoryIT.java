package uk.sexualsafety.cop.portal.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.TestAccounts;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInSecurityContextRepositoryIT {

    @Autowired
    SignInSecurityContextRepository repository;

    @Autowired
    SignInSessions signIns;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSignInIsStoredUnderItsOwnHttpOnlyCookieAndReadBackOnTheNextRequest() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);

        String cookie = signIn(member, new MockHttpSession());

        SecurityContext next = load(cookie, null);
        assertThat(next.getAuthentication().getPrincipal()).isInstanceOfSatisfying(PortalUser.class,
                user -> assertThat(user.accountId()).isEqualTo(member.accountId()));
        assertThat(signIns.listFor(member.accountId())).extracting(SignIn::device).containsExactly("Firefox on Linux");
    }

    @Test
    void everySignInGetsANewIdAndEndsTheOneTheBrowserHadBefore() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String first = signIn(member, new MockHttpSession());

        MockHttpServletRequest again = request(first, new MockHttpSession());
        MockHttpServletResponse response = new MockHttpServletResponse();
        repository.saveContext(authenticated(member), again, response);
        String second = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();

        assertThat(second).isNotEqualTo(first);
        assertThat(load(first, null).getAuthentication()).isNull();
        assertThat(load(second, null).getAuthentication()).isNotNull();
    }

    @Test
    void rolesAreReadAfreshOnEveryRequestSoAChangeTakesEffectAtOnce() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String cookie = signIn(member, new MockHttpSession());

        transaction.executeWithoutResult(status -> accounts.findById(member.accountId()).orElseThrow()
                .setRoles(EnumSet.of(Role.MEMBER, Role.TRUST_REQUESTER)));

        assertThat(((PortalUser) load(cookie, null).getAuthentication().getPrincipal()).roles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.TRUST_REQUESTER);
    }

    @Test
    void aPasswordSignInOfAModeratorWaitsForItsSecondFactorAndIsSignedOutUntilThen() {
        TestAccounts.Credentials moderator = testAccounts.create(Role.MODERATOR);
        String cookie = signIn(moderator, new MockHttpSession());
        MockHttpServletRequest next = request(cookie, null);

        assertThat(repository.loadDeferredContext(next).get().getAuthentication()).isNull();
        assertThat(SignInSecurityContextRepository.pendingSecondFactor(next)).hasValueSatisfying(pending ->
                assertThat(pending.accountId()).isEqualTo(moderator.accountId()));
    }

    @Test
    void passingTheSecondFactorStartsANewSignInThatIsSignedIn() {
        TestAccounts.Credentials moderator = testAccounts.create(Role.MODERATOR);
        MockHttpSession containerSession = new MockHttpSession();
        String pending = signIn(moderator, containerSession);
        MockHttpServletRequest request = request(pending, containerSession);
        repository.loadDeferredContext(request).get();
        MockHttpServletResponse response = new MockHttpServletResponse();

        repository.completeSecondFactor(request, response);

        String full = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();
        assertThat(full).isNotEqualTo(pending);
        assertThat(load(pending, null).getAuthentication()).isNull();
        assertThat(load(full, containerSession).getAuthentication().getPrincipal()).isInstanceOfSatisfying(
                PortalUser.class, user -> assertThat(user.accountId()).isEqualTo(moderator.accountId()));
        assertThat(containerSession.isInvalid()).isFalse();
    }

    @Test
    void aRoleThatNeedsASecondFactorGivenDuringASignInHoldsItAtTheNextRequest() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String cookie = signIn(member, new MockHttpSession());

        transaction.executeWithoutResult(status -> accounts.findById(member.accountId()).orElseThrow()
                .setRoles(EnumSet.of(Role.MEMBER, Role.ADMINISTRATOR)));

        MockHttpServletRequest next = request(cookie, null);
        assertThat(repository.loadDeferredContext(next).get().getAuthentication()).isNull();
        assertThat(SignInSecurityContextRepository.pendingSecondFactor(next)).isPresent();
    }

    @Test
    void aSignInThatPassedASecondFactorElsewhereIsSignedInAtOnce() {
        TestAccounts.Credentials administrator = testAccounts.create(Role.ADMINISTRATOR);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SignInPrincipal throughNhsMail = new SignInPrincipal() {
            @Override
            public long accountId() {
                return administrator.accountId();
            }

            @Override
            public boolean passedSecondFactor() {
                return true;
            }
        };

        repository.saveContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                throughNhsMail, null, java.util.List.of())), request(null, null), response);

        String cookie = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();
        assertThat(load(cookie, null).getAuthentication().getPrincipal()).isInstanceOf(PortalUser.class);
    }

    @Test
    void aSuspendedAccountIsSignedOutAndItsSignInsEnd() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String cookie = signIn(member, new MockHttpSession());

        transaction.executeWithoutResult(status -> accounts.findById(member.accountId()).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));

        assertThat(load(cookie, null).getAuthentication()).isNull();
        assertThat(signIns.listFor(member.accountId())).isEmpty();
    }

    @Test
    void endingASignInSignsThePersonOutAndDiscardsTheirServerSideUi() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        MockHttpSession containerSession = new MockHttpSession();
        String cookie = signIn(member, containerSession);

        signIns.endAllExcept(member.accountId(), null);

        assertThat(load(cookie, containerSession).getAuthentication()).isNull();
        assertThat(containerSession.isInvalid()).isTrue();
    }

    @Test
    void aContainerSessionThatOutlivedItsNodeIsAdoptedBySignInOnAnotherNode() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String cookie = signIn(member, new MockHttpSession());
        MockHttpSession sessionOnAnotherNode = new MockHttpSession();

        assertThat(load(cookie, sessionOnAnotherNode).getAuthentication()).isNotNull();
        assertThat(sessionOnAnotherNode.isInvalid()).isFalse();
    }

    @Test
    void signingOutDeletesTheSignInAndClearsTheCookie() {
        TestAccounts.Credentials member = testAccounts.create(Role.MEMBER);
        String cookie = signIn(member, new MockHttpSession());
        MockHttpServletResponse response = new MockHttpServletResponse();

        repository.signOut(request(cookie, null), response);

        assertThat(response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getMaxAge()).isZero();
        assertThat(load(cookie, null).getAuthentication()).isNull();
        assertThat(signIns.listFor(member.accountId())).isEmpty();
    }

    @Test
    void anUnknownOrMalformedCookieIsSimplyNotSignedIn() {
        assertThat(load("not-a-sign-in", null).getAuthentication()).isNull();
        assertThat(load("x".repeat(500), null).getAuthentication()).isNull();
    }

    private String signIn(TestAccounts.Credentials member, MockHttpSession containerSession) {
        MockHttpServletRequest request = request(null, containerSession);
        request.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");
        MockHttpServletResponse response = new MockHttpServletResponse();
        repository.saveContext(authenticated(member), request, response);
        Cookie cookie = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME);
        assertThat(cookie.isHttpOnly()).isTrue();
        return cookie.getValue();
    }

    private SecurityContext authenticated(TestAccounts.Credentials member) {
        PortalUser user = PortalUser.signedIn(accounts.findById(member.accountId()).orElseThrow());
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private SecurityContext load(String cookie, MockHttpSession containerSession) {
        return repository.loadDeferredContext(request(cookie, containerSession)).get();
    }

    private static MockHttpServletRequest request(String cookie, MockHttpSession containerSession) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (cookie != null) {
            request.setCookies(new Cookie(SignInSecurityContextRepository.COOKIE_NAME, cookie));
        }
        if (containerSession != null) {
            request.setSession(containerSession);
        }
        return request;
    }

}
