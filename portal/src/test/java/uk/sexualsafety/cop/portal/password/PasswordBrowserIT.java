package uk.sexualsafety.cop.portal.password;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.ForgotPasswordPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.ResetPasswordPage;
import uk.sexualsafety.cop.portal.pages.YourAccountPage;

import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitOnlyEmail;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.linkPath;

/** Forgetting, resetting and changing a password, through the real UI with the emails through GreenMail. */
@BrowserTest
class PasswordBrowserIT {

    private static final String NEW_PASSWORD = "moorland teapot cinema";

    @Autowired
    TestAccounts accounts;
    @Autowired
    PasswordReset reset;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberWhoForgotTheirPasswordChoosesANewOneAndTheOldSignInElsewhereEnds(Browser elsewhere, Browser here) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        signIn(elsewhere, member.email(), member.password(), member.displayName());

        ForgotPasswordPage forgot = LoginPage.open(here).forgotPassword();
        here.shouldHaveNoAccessibilityViolations();
        forgot.askForALink(member.email());
        forgot.shouldAskToCheckTheEmail(member.email());
        here.shouldHaveNoAccessibilityViolations();

        ResetPasswordPage choose = ResetPasswordPage.open(here, linkPath(awaitOnlyEmail(member.email()),
                "password/reset"));
        choose.shouldBeFor(member.email());
        here.shouldHaveNoAccessibilityViolations();
        choose.choose(NEW_PASSWORD, NEW_PASSWORD);
        choose.shouldConfirmThePasswordChanged();
        here.shouldHaveNoAccessibilityViolations();

        elsewhere.driver().refresh();
        elsewhere.waitForVaadin();
        new Navigation(elsewhere.driver()).shouldShowSignedOut();
        LoginPage old = LoginPage.open(elsewhere);
        old.signInAs(member.email(), member.password());
        old.shouldShowError("Incorrect email address or password");
        signIn(here, member.email(), NEW_PASSWORD, member.displayName());
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheReasonInYourAccount(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        signIn(browser, member.email(), member.password(), member.displayName());
        YourAccountPage account = YourAccountPage.open(browser);

        account.changePassword(member.password(), "password1234", "password1234");

        account.shouldShowPasswordMessage("This password would be too easy to guess: it is, or contains, one of the "
                + "most used passwords. Add another word or two: uncommon words are better.");
        browser.shouldHaveNoAccessibilityViolations();

        account.changePassword("not my password", NEW_PASSWORD, NEW_PASSWORD);
        account.shouldShowCurrentPasswordMessage("This is not your current password");

        account.changePassword(member.password(), NEW_PASSWORD, NEW_PASSWORD);
        account.shouldConfirmThePasswordChanged("Your password has been changed.");
        browser.shouldHaveNoAccessibilityViolations();
        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
    }

    @Test
    void anExpiredLinkGetsACalmMessageAndAWayToAskForANewOne(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        reset.requestLink(member.email(), "203.0.113.9");
        String link = linkPath(awaitOnlyEmail(member.email()), "password/reset");
        jdbc.update("update email_link set created_at = created_at - interval 31 minute, "
                + "expires_at = expires_at - interval 31 minute where account_id = ?", member.accountId());

        ResetPasswordPage expired = ResetPasswordPage.open(browser, link);

        expired.shouldSayTheLinkNoLongerWorks();
        browser.shouldHaveNoAccessibilityViolations();
        expired.askForANewLink().askForALink(member.email());
        LoginPage.open(browser).signInAs(member.email(), member.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
    }

    private static void signIn(Browser browser, String email, String password, String displayName) {
        LoginPage.open(browser).signInAs(email, password);
        new Navigation(browser.driver()).shouldShowSignedInAs(displayName);
    }
}
