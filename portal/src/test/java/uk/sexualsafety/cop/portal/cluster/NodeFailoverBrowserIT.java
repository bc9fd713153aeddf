package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.YourSessionsPage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node dies while a browser's request is on its way to it, behind a sticky load balancer that does what decision
 * 043 asks: the request goes to the surviving node, which knows nothing of the screen and tells the browser to reload
 * it; the reloaded screen is drawn by the survivor, and the person is still signed in (sign-ins are in the database).
 * The dying node is a third one, started for this test, so that the cluster's A and B stay up for the other tests.
 */
class NodeFailoverBrowserIT {

    private final PortalCluster cluster = PortalCluster.running();

    @Test
    void whenItsNodeDiesMidRequestTheBrowserMovesToTheOtherStaysSignedInAndItsScreenReloads() {
        PortalCluster.Node doomed = cluster.extraNode("c");
        PortalCluster.Node survivor = cluster.nodeB();
        Map<String, String> nodes = new LinkedHashMap<>();
        nodes.put("c", doomed.baseUrl());
        nodes.put("b", survivor.baseUrl());
        TestAccounts.Credentials member = survivor.bean(TestAccounts.class).create(Role.MEMBER);
        try (StickyBalancer balancer = new StickyBalancer(nodes);
             Browser browser = Browser.at(balancer.baseUrl())) {
            LoginPage.open(browser).signInAs(member.email(), member.password());
            YourSessionsPage.open(browser).shouldMarkThisDevice();
            assertThat(nodeCookie(browser)).isEqualTo("c");
            // Gone once the page reloads.
            browser.driver().executeJavaScript("window.drawnBeforeTheFailover = true;");

            balancer.beforeNextRequestTo("c", () -> doomed.context().close());
            Navigation screen = new Navigation(browser.driver());
            screen.goTo("nav-policies");

            await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(browser.driver()
                    .executeJavaScript("return window.drawnBeforeTheFailover === undefined;")));
            browser.waitForVaadin();
            screen.shouldShowSignedInAs(member.displayName());
            assertThat(doomed.context().isActive()).isFalse();
            assertThat(nodeCookie(browser)).isEqualTo("b");
            YourSessionsPage sessions = YourSessionsPage.open(browser);
            sessions.shouldMarkThisDevice();
            sessions.shouldListSessions(1);
        } finally {
            doomed.context().close();
        }
    }

    private static String nodeCookie(Browser browser) {
        return browser.driver().getWebDriver().manage().getCookieNamed(StickyBalancer.COOKIE).getValue();
    }
}
