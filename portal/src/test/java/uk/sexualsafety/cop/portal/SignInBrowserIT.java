package uk.sexualsafety.cop.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.HomePage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@BrowserTest
class SignInBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aVisitorLearnsWhatTheCommunityIsAndWhereToGetHelpNow(Browser browser) {
        HomePage home = HomePage.open(browser);

        home.shouldSayItIsNotAReportingChannel();
        home.shouldSignpostHelp("call 999");
        home.shouldSignpostHelp("Freedom to Speak Up");
        new Navigation(browser.driver()).shouldOffer(List.of("nav-home", "nav-stories-share", "nav-stories-your-story",
                "nav-join"));
        browser.shouldHaveNoAccessibilityViolations();
    }

    static Stream<Arguments> navigationPerRole() {
        return Stream.of(
                Arguments.of(Role.MEMBER, List.of("nav-home", "nav-resources", "nav-policies", "nav-case-studies",
                        "nav-case-studies-yours", "nav-stories", "nav-search", "nav-stories-share",
                        "nav-stories-your-story", "nav-account", "nav-sessions")),
                Arguments.of(Role.CONTRIBUTOR, withSharing("nav-account", "nav-sessions")),
                Arguments.of(Role.MODERATOR, List.of("nav-home", "nav-case-studies", "nav-stories", "nav-search",
                        "nav-stories-share",
                        "nav-stories-your-story", "nav-moderation", "nav-moderation-trusted-commenters",
                        "nav-account", "nav-sessions")),
                Arguments.of(Role.TRUST_REQUESTER, withSharing("nav-pool-requests-new", "nav-pool-requests",
                        "nav-account", "nav-sessions")),
                Arguments.of(Role.INVESTIGATOR, withSharing("nav-investigator-profile", "nav-investigator-cases",
                        "nav-account", "nav-sessions")),
                Arguments.of(Role.POOL_COORDINATOR, withSharing("nav-pool-investigators", "nav-pool-requests-open",
                        "nav-pool-reports", "nav-account", "nav-sessions")),
                Arguments.of(Role.ADMINISTRATOR, withSharing("nav-account", "nav-sessions", "nav-admin-organisations",
                        "nav-admin-membership-requests", "nav-admin-members", "nav-admin-search-index",
                        "nav-admin-audit")));
    }

    /** Everyone signed in may search, share a story and follow it; the rest depends on the role. */
    private static List<String> withSharing(String... after) {
        var items = new ArrayList<>(List.of("nav-home", "nav-search", "nav-stories-share", "nav-stories-your-story"));
        items.addAll(List.of(after));
        return items;
    }

    @ParameterizedTest
    @MethodSource("navigationPerRole")
    void eachRoleSignsInAndSeesOnlyWhatItMayUse(Role role, List<String> expectedNavigation, Browser browser) {
        TestAccounts.Credentials person = accounts.create(role);

        LoginPage.open(browser).signInAs(person.email(), person.password());

        Navigation navigation = new Navigation(browser.driver());
        navigation.shouldShowSignedInAs(person.displayName());
        navigation.shouldOffer(expectedNavigation);
        browser.shouldHaveNoAccessibilityViolations();

        navigation.signOut();
        navigation.shouldShowSignedOut();
    }

    @Test
    void aWrongPasswordGetsTheSameMessageAsAnUnknownAccount(Browser browser) {
        TestAccounts.Credentials person = accounts.create(Role.MEMBER);
        LoginPage login = LoginPage.open(browser);

        login.signInAs(person.email(), "not-the-password");
        login.shouldShowError("Incorrect email address or password");
        login.signInAs("nobody-" + person.email(), "not-the-password");
        login.shouldShowError("Incorrect email address or password");
        browser.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void repeatedFailuresPauseSigningInEvenWithTheRightPassword(Browser browser) {
        TestAccounts.Credentials person = accounts.create(Role.MEMBER);
        LoginPage login = LoginPage.open(browser);
        for (int attempt = 0; attempt < 3; attempt++) {
            login.signInAs(person.email(), "wrong-password-" + attempt);
        }

        login.signInAs(person.email(), person.password());

        login.shouldShowError("Too many attempts");
        new Navigation(browser.driver()).shouldShowSignedOut();
    }
}
