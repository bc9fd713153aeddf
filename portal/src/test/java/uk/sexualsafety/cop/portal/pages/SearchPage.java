package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The search page. */
public class SearchPage {

    private final Browser browser;

    public SearchPage(Browser browser) {
        this.browser = browser;
    }

    public static SearchPage open(Browser browser) {
        browser.open("/search");
        return new SearchPage(browser);
    }

    /** Searches from the box in the header of any page. */
    public static SearchPage searchFromHeader(Browser browser, String text) {
        browser.driver().$("#header-search input").setValue(text).pressEnter();
        browser.waitForVaadin();
        return new SearchPage(browser);
    }

    public void searchFor(String text) {
        browser.driver().$("#search-box input").setValue(text);
        browser.driver().$("#search-button").click();
        browser.waitForVaadin();
    }

    public void shouldShowResultCount(String count) {
        browser.driver().$("#result-count").shouldHave(Condition.text(count));
    }

    public void openHit(String title) {
        browser.driver().$$(".search-hit .hit-title a").findBy(Condition.text(title)).click();
        browser.waitForVaadin();
    }

    public void shouldShowHit(String title) {
        browser.driver().$$(".search-hit .hit-title").findBy(Condition.text(title)).shouldBe(Condition.visible);
    }

    /** A hit behind content warnings shows the warnings instead of a snippet of its text. */
    public void shouldShowOnlyTheWarningsOf(String title, String warning) {
        var hit = browser.driver().$$(".search-hit").findBy(Condition.text(title)).shouldBe(Condition.visible);
        hit.$(".hit-warning").shouldHave(Condition.text("Content warning: " + warning));
        hit.$(".hit-snippet").shouldNot(Condition.exist);
    }

    public void shouldHighlight(String word) {
        browser.driver().$$(".search-hit mark").shouldHave(CollectionCondition.itemWithText(word));
    }

    public static SearchPage openWithQuery(Browser browser, String encodedQuery) {
        browser.open("/search?q=" + encodedQuery);
        return new SearchPage(browser);
    }

    public void shouldShowTheWordsInTheAddress(String encodedWords) {
        browser.driver().webdriver().shouldHave(com.codeborne.selenide.WebDriverConditions.urlContaining(
                "q=" + encodedWords));
    }
}
