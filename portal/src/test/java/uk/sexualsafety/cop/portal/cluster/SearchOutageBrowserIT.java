package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.pages.CaseStudiesPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.SearchPage;
import uk.sexualsafety.cop.portal.search.SearchTestData;

/**
 * A member searches while OpenSearch is away (decision 043): the search page and the header's box say calmly that
 * search is unavailable for a moment, and the rest of the portal goes on working.
 */
class SearchOutageBrowserIT {

    private final SearchOutage outage = SearchOutage.running();
    private final PortalCluster.Node node = outage.node();

    @AfterEach
    void engineBack() {
        outage.restartEngine();
    }

    @Test
    void whileSearchIsAwayAMemberIsToldCalmlyAndTheRestOfThePortalWorks() {
        TestAccounts.Credentials member = node.bean(TestAccounts.class).create(Role.MEMBER);
        String title = "Night handover " + SearchTestData.uniqueWord();
        try (Browser browser = Browser.at(node.baseUrl())) {
            LoginPage.open(browser).signInAs(member.email(), member.password());
            outage.stopEngine();

            SearchPage.searchFromHeader(browser, "handover").shouldSaySearchIsUnavailable();
            browser.shouldHaveNoAccessibilityViolations();

            new SearchTestData(node.context()).publishedCaseStudy(member.accountId(), title, "She spoke up.",
                    Theme.BYSTANDER);
            CaseStudiesPage.open(browser).shouldList(title);
            Navigation header = new Navigation(browser.driver());
            header.typeInTheSearchBox("handover");
            header.shouldSaySearchIsUnavailable();
            browser.shouldHaveNoAccessibilityViolations();
        }
    }
}
