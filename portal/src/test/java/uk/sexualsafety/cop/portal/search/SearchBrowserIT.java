package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.SearchPage;
import uk.sexualsafety.cop.portal.resource.TestResources;

@BrowserTest
class SearchBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ResourceRepository resources;

    @Test
    void aMemberSearchesWithAnAcronymAndSeesTheLongFormHighlighted(Browser browser) {
        String word = TestResources.uniqueWord();
        resources.save(TestResources.guidance("Raising concerns " + word,
                "How Freedom to Speak Up guardians support colleagues who raise concerns about sexual misconduct.",
                Audience.MEMBERS));
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser).signInAs(member.email(), member.password());

        SearchPage search = SearchPage.searchFromHeader(browser, "FTSU " + word);

        search.shouldShowResultCount("1 result");
        search.shouldShowHit("Raising concerns " + word);
        search.shouldHighlight("Freedom");
        search.shouldShowTheWordsInTheAddress("FTSU");
        browser.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void searchTextThatLooksLikeQuerySyntaxNeverBreaksThePage(Browser browser) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser).signInAs(member.email(), member.password());
        SearchPage search = SearchPage.open(browser);

        for (String text : new String[] {"title:(", "\"unbalanced", "*", "\\", "-", "AND OR NOT"}) {
            search.searchFor(text);
            search.shouldShowResultCount("result");
        }
        SearchPage.openWithQuery(browser, "a".repeat(6_000)).shouldShowResultCount("result");
    }
}
