package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.YourSessionsPage;

/**
 * Two portal nodes on one database, as behind a load balancer: a sign-in belongs to the cluster, not to the node
 * that made it (decision 038).
 */
class TwoNodesBrowserIT {

    private final PortalCluster cluster = PortalCluster.running();
    private final TestAccounts accounts = cluster.nodeA().bean(TestAccounts.class);

    @Test
    void signingOutOfOtherSessionsOnOneNodeEndsTheSignInOnTheOtherAtItsNextClick() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        try (Browser onNodeB = Browser.at(cluster.nodeB().baseUrl());
             Browser onNodeA = Browser.at(cluster.nodeA().baseUrl())) {
            LoginPage.open(onNodeB).signInAs(member.email(), member.password());
            Navigation nodeBScreen = new Navigation(onNodeB.driver());
            nodeBScreen.shouldShowSignedInAs(member.displayName());

            LoginPage.open(onNodeA).signInAs(member.email(), member.password());
            YourSessionsPage sessions = YourSessionsPage.open(onNodeA);
            sessions.shouldListSessions(2);
            sessions.signOutOfOtherSessions();
            sessions.shouldConfirm("Signed out of 1 other session");

            // The screen B drew is discarded at its next request: the page reloads, signed out.
            nodeBScreen.goTo("nav-policies");
            nodeBScreen.shouldShowSignedOut();
            onNodeB.open("/policies");
            new LoginPage(onNodeB).shouldBeShown();
        }
    }

    @Test
    void aBrowserSentToTheOtherNodeStaysSignedIn() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        try (Browser browser = Browser.at(cluster.nodeA().baseUrl())) {
            LoginPage.open(browser).signInAs(member.email(), member.password());
            new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());

            // Cookies do not depend on the port, so this browser now reaches node B with node A's cookies, as
            // after a failover: B has no screen of it in memory, but the sign-in is in the database.
            browser.driver().open(cluster.nodeB().baseUrl() + "/sessions");
            browser.waitForVaadin();
            new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());
            new YourSessionsPage(browser).shouldMarkThisDevice();
        }
    }
}
