package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.CaseStudyPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.SearchPage;
import uk.sexualsafety.cop.portal.resource.TestResources;

@BrowserTest
class SearchBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ResourceRepository resources;

    @Autowired
    ApplicationContext context;

    @Test
    void aMemberNarrowsASuggestedSearchAndSharesItWithSomeoneWhoSeesOnlyWhatTheyMay(Browser member,
                                                                                  Browser requester) {
        SearchTestData data = new SearchTestData(context);
        String word = SearchTestData.uniqueWord();
        String title = "Night shift bystander " + word;
        long author = accounts.create(Role.MEMBER).accountId();
        long chosen = data.publishedCaseStudy(author, title, "A colleague stepped in.", Theme.BYSTANDER);
        data.publishedCaseStudy(author, title + " review", "An investigation followed.", Theme.INVESTIGATION);
        data.sharedPolicy(author, title + " policy", "Staff on nights call a manager at once.");
        data.publishedStory(title + ", as I saw it", "It happened at the end of a long shift.",
                ContentWarning.SEXUAL_HARASSMENT);
        data.resource(title + " toolkit", "Open to everyone.", Audience.PUBLIC);
        signIn(member, accounts.create(Role.MEMBER));

        SearchPage search = SearchPage.open(member).type(word + " nig").shouldSuggest(title);
        member.shouldHaveNoAccessibilityViolations();
        // The check moves the focus, which closes the suggestions: typing opens them again.
        search.type(word + " nigh").pickSuggestion(title).shouldShowResultCount("5 results");
        search.shouldHaveInTheAddress("q=Night%20shift%20bystander%20" + word);
        search.shouldShowOnlyTheWarningsOf(title + ", as I saw it", "Sexual harassment");
        search.shouldOfferFacetValue("type", "Case study (2)");
        search.narrow("type", "Case study").shouldShowResultCount("2 results");
        search.narrow("theme", "Bystander action").shouldShowResultCount("1 result").shouldShowExactly(title);
        search.shouldHaveChosen("type", "Case study (1)").shouldHaveChosen("theme", "Bystander action (1)")
                .shouldHaveInTheAddress("type=CASE_STUDY").shouldHaveInTheAddress("theme=BYSTANDER");
        member.shouldHaveNoAccessibilityViolations();
        String shared = search.address();
        search.openHit(title);
        new CaseStudyPage(member).shouldShowTitle(title);
        org.assertj.core.api.Assertions.assertThat(member.driver().url()).endsWith("case-studies/" + chosen);

        signIn(requester, accounts.create(Role.TRUST_REQUESTER));
        SearchPage sharedSearch = SearchPage.openAddress(requester, shared).shouldShowResultCount("0 results");
        sharedSearch.shouldSayNothingMatched()
                .shouldHaveChosen("type", "Case study (0)").shouldHaveChosen("theme", "Bystander action (0)");
        requester.shouldHaveNoAccessibilityViolations();
        sharedSearch.clearFilters();
        sharedSearch.shouldShowResultCount("1 result").shouldShowExactly(title + " toolkit");
    }

    @Test
    void anAddressWithUnknownOrForbiddenFacetsFindsNothingAndNeverBreaks(Browser browser) {
        signIn(browser, accounts.create(Role.INVESTIGATOR));

        SearchPage.openAddress(browser, "/search?q=policy&type=SECRET&colour=red&theme=&sort=sideways")
                .shouldShowResultCount("0 results").shouldHaveChosen("type", "SECRET (0)");
        SearchPage.openAddress(browser, "/search?type=CASE_STUDY&commitment=99")
                .shouldShowResultCount("0 results");
        browser.shouldHaveNoAccessibilityViolations();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
        browser.waitForVaadin();
    }

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

        for (String text : new String[] {"title:(", "\"unbalanced", "*", "\\", "-", "AND OR NOT",
                "\uD83D\uDE00 support", "\u05EA\u05DE\u05D9\u05DB\u05D4", "[]{}~^:/"}) {
            search.searchFor(text);
            search.shouldShowAResultCountFor(text);
        }
        search.searchWithTheButtonFor("support");
        search.shouldShowResultCount("result");
        search.shouldShowTheWordsInTheAddress("support");
        SearchPage.openWithQuery(browser, "a".repeat(6_000)).shouldShowResultCount("result");
        search.pasteAndSearch("\"" + "word ".repeat(2_000));
        search.shouldShowResultCount("result");
    }
}
