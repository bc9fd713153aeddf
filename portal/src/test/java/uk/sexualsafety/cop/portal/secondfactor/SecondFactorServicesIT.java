package uk.sexualsafety.cop.portal.secondfactor;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.security.SignInSecurityContextRepository;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecondFactorServicesIT {

    @Autowired
    SecondFactorSignIn signIn;

    @Autowired
    YourSecondFactor yourSecondFactor;

    @Autowired
    SecondFactorAdministration administration;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    SignInSecurityContextRepository repository;

    @Autowired
    SignInSessions signIns;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private final AuthenticatorApp testApp = new AuthenticatorApp(TestAccounts.SECOND_FACTOR_SECRET);

    @AfterEach
    void leaveNoRequestBehind() {
        RequestContextHolder.resetRequestAttributes();
        securityContext.clearContext();
    }

    @Test
    void theRightCodeTurnsTheWaitingSignInIntoAFullOne() {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        MockHttpServletResponse response = requestOf(passwordSignIn(moderator));

        assertThat(signIn.step()).contains(SecondFactorSignIn.Step.ENTER_CODE);
        assertThat(signIn.verify(testApp.wrongCode()).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        assertThat(response.getCookie(SignInSecurityContextRepository.COOKIE_NAME)).isNull();
        assertThat(signIn.verify(testApp.codeNow()).accepted()).isTrue();

        String full = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();
        assertThat(principalOf(full).accountId()).isEqualTo(moderator.accountId());
    }

    @Test
    void anAccountWithoutASecondFactorEnrolsAtItsSignInAndIsThenSignedIn() {
        TestAccounts.Credentials coordinator = accounts.createWithoutSecondFactor(Role.POOL_COORDINATOR);
        MockHttpServletResponse response = requestOf(passwordSignIn(coordinator));
        assertThat(signIn.step()).contains(SecondFactorSignIn.Step.ENROL);
        assertThat(signIn.verify(testApp.codeNow()).accepted()).isFalse();

        Enrolment enrolment = signIn.startEnrolment();
        List<String> recoveryCodes = signIn.enrol(enrolment, new AuthenticatorApp(enrolment.secret()).codeNow());

        assertThat(recoveryCodes).hasSize(10);
        String full = response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();
        assertThat(principalOf(full).accountId()).isEqualTo(coordinator.accountId());
    }

    @Test
    void someoneWithOnlyThePasswordCannotReplaceTheOwnersApp() {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        requestOf(passwordSignIn(moderator));

        assertThatThrownBy(() -> signIn.startEnrolment()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.enrol(codes.newEnrolment(moderator.accountId()), "123456"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBrowserWithNoWaitingSignInHasNoSecondStep() {
        requestOf(null);

        assertThat(signIn.step()).isEmpty();
        assertThatThrownBy(() -> signIn.verify(testApp.codeNow())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.startEnrolment()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingTheAppFromYourAccountTakesTheCurrentCodeAndTheNewOne() {
        TestAccounts.Credentials administrator = accounts.create(Role.ADMINISTRATOR);
        signedIn.as(administrator.accountId());
        Enrolment enrolment = yourSecondFactor.startEnrolment();
        AuthenticatorApp newApp = new AuthenticatorApp(enrolment.secret());

        assertThatThrownBy(() -> yourSecondFactor.enrol(testApp.wrongCode(), enrolment, newApp.codeNow()))
                .isInstanceOfSatisfying(CodeRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo(CodeRefusedException.CURRENT_CODE));
        assertThatThrownBy(() -> yourSecondFactor.enrol(testApp.codeNow(), enrolment, newApp.wrongCode()))
                .isInstanceOfSatisfying(CodeRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo(CodeRefusedException.NEW_CODE));

        List<String> recoveryCodes = yourSecondFactor.enrol(testApp.codeNow(), enrolment, newApp.codeNow());

        assertThat(recoveryCodes).hasSize(10);
        assertThat(codes.check(administrator.accountId(), testApp.nextCode()).accepted()).isFalse();
        assertThat(codes.check(administrator.accountId(), newApp.nextCode()).accepted()).isTrue();
    }

    @Test
    void newRecoveryCodesTakeACurrentCode() {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        signedIn.as(moderator.accountId());

        assertThatThrownBy(() -> yourSecondFactor.newRecoveryCodes(testApp.wrongCode()))
                .isInstanceOf(CodeRefusedException.class);
        assertThat(yourSecondFactor.newRecoveryCodes(testApp.codeNow())).hasSize(10);
        assertThat(yourSecondFactor.state().recoveryCodesLeft()).isEqualTo(10);
        assertThat(yourSecondFactor.state().required()).isTrue();
        assertThat(yourSecondFactor.state().enrolled()).isTrue();
    }

    @Test
    void anAdministratorResetsAMembersSecondFactorEndingTheirSignInsAndItIsAudited() {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        signIns.start(moderator.accountId(), "Chrome on Android", true);
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());

        assertThat(administration.reset(moderator.accountId())).isTrue();

        assertThat(codes.enrolledAt(moderator.accountId())).isEmpty();
        assertThat(signIns.listFor(moderator.accountId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' "
                + "and target_id = ?", Integer.class, Long.toString(moderator.accountId()))).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsResetSomeonesSecondFactor() {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        assertThatThrownBy(() -> administration.reset(moderator.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codes.enrolledAt(moderator.accountId())).isPresent();
    }

    /** A password sign-in as the sign-in filter stores it: its cookie. */
    private String passwordSignIn(TestAccounts.Credentials person) {
        PortalUser user = signedIn.as(person.accountId());
        securityContext.clearContext();
        MockHttpServletResponse response = new MockHttpServletResponse();
        repository.saveContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities())), new MockHttpServletRequest(), response);
        return response.getCookie(SignInSecurityContextRepository.COOKIE_NAME).getValue();
    }

    /** The next request of that browser, with its sign-in loaded as the security filter loads it. */
    private MockHttpServletResponse requestOf(String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        if (cookie != null) {
            request.setCookies(new Cookie(SignInSecurityContextRepository.COOKIE_NAME, cookie));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityContext.setDeferredContext(repository.loadDeferredContext(request));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        return response;
    }

    private PortalUser principalOf(String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie(SignInSecurityContextRepository.COOKIE_NAME, cookie));
        return (PortalUser) repository.loadDeferredContext(request).get().getAuthentication().getPrincipal();
    }
}
