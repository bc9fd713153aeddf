package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.SearchIndexPage;


@BrowserTest
class SearchIndexBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void anAdministratorRebuildsTheIndexAndFollowsItsProgressToTheEnd(Browser administrator) {
        // At least one published item to index, whatever ran before (nothing else is indexed).
        new SearchTestData(context).somePublishedCaseStudy(accounts.create(Role.MEMBER).accountId());
        TestAccounts.Credentials person = accounts.create(Role.ADMINISTRATOR);
        LoginPage.open(administrator).signInAs(person.email(), person.password());
        new Navigation(administrator.driver()).shouldShowSignedInAs(person.displayName());
        new Navigation(administrator.driver()).goTo("nav-admin-search-index");
        administrator.waitForVaadin();
        SearchIndexPage page = new SearchIndexPage(administrator);
        page.shouldShowItemsInTheIndex();
        administrator.shouldHaveNoAccessibilityViolations();

        page.startRebuilding();
        page.shouldWarnAboutPartialResults();
        administrator.shouldHaveNoAccessibilityViolations();
        page.confirmRebuilding();

        page.shouldShowTheProgressBarReachItsEnd();
        String indexed = page.shouldSayFinished();
        page.shouldShowLastRebuildBy(person.displayName());
        page.shouldOfferRebuilding();
        administrator.shouldHaveNoAccessibilityViolations();

        SearchIndexPage reopened = SearchIndexPage.open(administrator);
        reopened.shouldShowLastRebuildBy(person.displayName());
        reopened.shouldShowItemsInTheIndex(indexed);
    }
}
