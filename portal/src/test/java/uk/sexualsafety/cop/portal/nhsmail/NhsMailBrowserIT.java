package uk.sexualsafety.cop.portal.nhsmail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.MembershipRequestsPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.NhsMailPages;
import uk.sexualsafety.cop.portal.pages.YourSessionsPage;

import java.util.Map;
import java.util.UUID;

/** Sign in with NHSmail, against a real OpenID Connect provider running in the test JVM. */
@BrowserTest
class NhsMailBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aMemberSignsInWithNhsMailIntoTheSameSignInAsAPassword(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser);
        NhsMailPages nhsMail = new NhsMailPages(browser);
        nhsMail.shouldOfferNhsMail();
        browser.shouldHaveNoAccessibilityViolations();

        TestOidcProvider.nextSignInAs(member.email().toUpperCase(), member.displayName());
        nhsMail.signInWithNhsMail();

        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
        YourSessionsPage sessions = YourSessionsPage.open(browser);
        sessions.shouldListSessions(1);
        sessions.shouldMarkThisDevice();
    }

    @Test
    void nhsMailCountsAsTheSecondFactorOfAModerator(Browser browser) {
        TestAccounts.Credentials moderator = accounts.createWithoutSecondFactor(Role.MODERATOR, Role.MEMBER);
        LoginPage.open(browser);

        TestOidcProvider.nextSignInAs(moderator.email(), moderator.displayName());
        new NhsMailPages(browser).signInWithNhsMail();

        Navigation navigation = new Navigation(browser.driver());
        navigation.shouldShowSignedInAs(moderator.displayName());
        browser.open("/moderation");
        navigation.shouldShowSignedInAs(moderator.displayName());
    }

    @Test
    void anUnknownNhsAddressAsksToJoinWithoutAPasswordAndReachesAdministrators(Browser visitor, Browser admin) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "alex.morgan." + unique + "@nhs.net";
        LoginPage.open(visitor);
        NhsMailPages nhsMail = new NhsMailPages(visitor);

        TestOidcProvider.nextSignInAs(email, "Alex Morgan " + unique);
        nhsMail.signInWithNhsMail();

        nhsMail.shouldBeAskedToJoinAs(email);
        visitor.shouldHaveNoAccessibilityViolations();
        nhsMail.askToJoin("Employee relations lead", "South Western Ambulance Service NHS Foundation Trust (SWASFT)");
        nhsMail.shouldConfirmTheRequestWasSent();
        new Navigation(visitor.driver()).shouldShowSignedOut();

        TestAccounts.Credentials administrator = accounts.create(Role.ADMINISTRATOR);
        LoginPage.open(admin).signInAs(administrator.email(), administrator.password());
        MembershipRequestsPage.open(admin).shouldList(email, "Alex Morgan " + unique, "Employee relations lead");

        LoginPage.open(visitor);
        TestOidcProvider.nextSignInAs(email, "Alex Morgan " + unique);
        nhsMail.signInWithNhsMail();
        nhsMail.shouldSay("Your request to join is waiting for an administrator");
    }

    @Test
    void anAddressOutsideTheNhsOrOneNhsMailDoesNotVouchForIsRefusedOnTheSignInPage(Browser browser) {
        LoginPage.open(browser);
        NhsMailPages nhsMail = new NhsMailPages(browser);

        TestOidcProvider.nextSignInAs("someone." + UUID.randomUUID() + "@example.com", "Someone Else");
        nhsMail.signInWithNhsMail();
        nhsMail.shouldSay("is not one of the NHS addresses that may join");
        browser.shouldHaveNoAccessibilityViolations();

        TestOidcProvider.nextSignInAs(Map.of("email", accounts.create(Role.MEMBER).email(), "email_verified", false));
        nhsMail.signInWithNhsMail();
        nhsMail.shouldSay("NHSmail did not confirm your email address");
        new Navigation(browser.driver()).shouldShowSignedOut();
    }

    @Test
    void aSuspendedAccountIsRefused(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        accounts.suspend(member.accountId());
        LoginPage.open(browser);

        TestOidcProvider.nextSignInAs(member.email(), member.displayName());
        new NhsMailPages(browser).signInWithNhsMail();

        new NhsMailPages(browser).shouldSay("Your account is suspended");
        new Navigation(browser.driver()).shouldShowSignedOut();
    }

    @Test
    void whenNhsMailIsDownTheButtonSaysSoAndThePasswordStillWorks(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage login = LoginPage.open(browser);
        NhsMailPages nhsMail = new NhsMailPages(browser);

        TestOidcProvider.whileUnreachable(() -> {
            nhsMail.signInWithNhsMail();

            nhsMail.shouldSay("NHSmail sign-in is unavailable right now");
            browser.shouldHaveNoAccessibilityViolations();
            LoginPage.open(browser);
            nhsMail.shouldSay("NHSmail sign-in is unavailable right now");
            login.signInAs(member.email(), member.password());
            new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
        });
    }
}
