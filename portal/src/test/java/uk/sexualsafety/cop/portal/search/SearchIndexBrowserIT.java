package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.SearchIndexPage;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StorySubmissions;

import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;

@BrowserTest
class SearchIndexBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    StorySubmissions submissions;

    @Test
    void anAdministratorRebuildsTheIndexAndFollowsItsProgressToTheEnd(Browser administrator) {
        // At least one item to index, whatever ran before.
        submissions.submit(anonymousStory().draft(), ApprovedFindings.NONE, uniqueClient());
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
