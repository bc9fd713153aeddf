package uk.sexualsafety.cop.portal.session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.YourSessionsPage;

@BrowserTest
class YourSessionsBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void signingOutOfOtherSessionsReallySignsOutTheOtherBrowser(Browser laptop, Browser sharedComputer) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(sharedComputer).signInAs(member.email(), member.password());
        new Navigation(sharedComputer.driver()).shouldShowSignedInAs(member.displayName());
        LoginPage.open(laptop).signInAs(member.email(), member.password());

        YourSessionsPage sessions = YourSessionsPage.open(laptop);
        sessions.shouldListSessions(2);
        sessions.shouldMarkThisDevice();
        laptop.shouldHaveNoAccessibilityViolations();
        sessions.signOutOfOtherSessions();

        sessions.shouldConfirm("Signed out of 1 other session");
        sessions.shouldListSessions(1);
        sharedComputer.open("/sessions");
        new LoginPage(sharedComputer).shouldBeShown();
        laptop.open("/sessions");
        new Navigation(laptop.driver()).shouldShowSignedInAs(member.displayName());
    }

    @Test
    void aSignInOutlivesTheLossOfTheServersSessionAsAfterARestartOrFailover(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser).signInAs(member.email(), member.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());

        browser.deleteCookie("JSESSIONID");
        YourSessionsPage.open(browser).shouldMarkThisDevice();

        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
    }

    @Test
    void signingOutEndsTheSignInEverywhere(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser).signInAs(member.email(), member.password());
        String signIn = browser.cookie("PORTAL_SIGNIN");

        new Navigation(browser.driver()).signOut();
        new Navigation(browser.driver()).shouldShowSignedOut();

        browser.driver().getWebDriver().manage().addCookie(new org.openqa.selenium.Cookie("PORTAL_SIGNIN", signIn));
        browser.open("/sessions");
        new LoginPage(browser).shouldBeShown();
    }
}
