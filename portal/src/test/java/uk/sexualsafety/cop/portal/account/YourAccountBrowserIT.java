package uk.sexualsafety.cop.portal.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.YourAccountPage;

@BrowserTest
class YourAccountBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aMemberSeesTheirOwnDetails(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER, Role.MODERATOR);
        LoginPage.open(browser).signInAs(member.email(), member.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());

        YourAccountPage account = YourAccountPage.open(browser);

        account.shouldShowDetail(member.displayName());
        account.shouldShowDetail(member.email());
        account.shouldShowDetail("London Ambulance Service NHS Trust");
        account.shouldShowDetail("Member, Moderator");
        browser.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void signedOutVisitorsAreAskedToSignIn(Browser browser) {
        browser.open("/account");
        new LoginPage(browser).shouldBeShown();
    }
}
