package uk.sexualsafety.cop.portal.password;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.security.SignIn;
import uk.sexualsafety.cop.portal.security.SignInSecurityContextRepository;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitOnlyEmail;

/** Changing one's own password in "Your account": the rules, through the service and a real database. */
@IntegrationTest
class PasswordChangeIT {

    private static final String NEW_PASSWORD = "moorland teapot cinema";

    @Autowired
    PasswordChange passwordChange;
    @Autowired
    SignInSessions signIns;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        signedIn.nobody();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theRightCurrentPasswordChangesItAndEndsEveryOtherSignIn() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        SignIn elsewhere = signIns.start(member.accountId(), "Safari on iOS");
        SignIn here = signedInOn(member);

        int ended = passwordChange.change(member.password(), new NewPassword(NEW_PASSWORD, NEW_PASSWORD));

        assertThat(ended).isEqualTo(1);
        assertThat(signIns.listFor(member.accountId())).extracting(SignIn::id).containsExactly(here.id());
        assertThat(signIns.find(elsewhere.id(), true)).isEmpty();
        assertThat(passwordEncoder.matches(NEW_PASSWORD,
                accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(TestMailServer.subject(awaitOnlyEmail(member.email()))).isEqualTo(PasswordEmails.CHANGED_SUBJECT);
    }

    @Test
    void aWrongCurrentPasswordOrAGuessableNewOneChangesNothingAndSaysWhy() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        SignIn elsewhere = signIns.start(member.accountId(), "Safari on iOS");
        signedInOn(member);
        String hash = accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash();

        assertRefused("not my password", new NewPassword(NEW_PASSWORD, NEW_PASSWORD),
                Map.of(PasswordChange.CURRENT_PASSWORD, "This is not your current password"));
        assertRefused(member.password(), new NewPassword("aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa"),
                Map.of("password", "This password would be too easy to guess: repeated characters like \"aaa\" "
                        + "are easy to guess. Avoid repeated words and characters. Add another word or two: "
                        + "uncommon words are better."));
        assertRefused(member.password(), new NewPassword(NEW_PASSWORD, NEW_PASSWORD + "!"),
                Map.of("passwordAgain", "The passwords do not match"));
        assertRefused("", new NewPassword("", ""), Map.of(PasswordChange.CURRENT_PASSWORD,
                "Enter your current password", "password", "Choose a password"));

        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash()).isEqualTo(hash);
        assertThat(signIns.find(elsewhere.id(), true)).isPresent();
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        signedInOn(member);
        passwordChange.change(member.password(), new NewPassword(NEW_PASSWORD, NEW_PASSWORD));

        assertRefused(NEW_PASSWORD, new NewPassword(NEW_PASSWORD, NEW_PASSWORD),
                Map.of("password", "Choose a password different from your current one"));
    }

    @Test
    void anAccountMayTryOnlyAFewTimesAnHour() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        signedInOn(member);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> passwordChange.change("guess", new NewPassword(NEW_PASSWORD, NEW_PASSWORD)))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> passwordChange.change(member.password(), new NewPassword(NEW_PASSWORD,
                NEW_PASSWORD))).isInstanceOf(TooManyAttemptsException.class);
        assertThat(passwordEncoder.matches(member.password(),
                accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aVisitorCannotChangeAnyPassword() {
        assertThatThrownBy(() -> passwordChange.change("x", new NewPassword(NEW_PASSWORD, NEW_PASSWORD)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private void assertRefused(String current, NewPassword chosen, Map<String, String> problems) {
        assertThatThrownBy(() -> passwordChange.change(current, chosen))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).isEqualTo(problems));
    }

    /** The member signed in on this "browser": a sign-in of theirs, carried by the current request. */
    private SignIn signedInOn(TestAccounts.Credentials member) {
        SignIn here = signIns.start(member.accountId(), "Firefox on Linux");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(SignInSecurityContextRepository.CURRENT_SIGN_IN, here.id());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        signedIn.as(member.accountId());
        return here;
    }
}
