package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;

/** The search page: the box with its suggestions, the facets beside the results, and the results. */
public class SearchPage {

    private final Browser browser;

    public SearchPage(Browser browser) {
        this.browser = browser;
    }

    public static SearchPage open(Browser browser) {
        browser.open("/search");
        return new SearchPage(browser);
    }

    /** Opens an address as someone would from a bookmark or a shared link. */
    public static SearchPage openAddress(Browser browser, String address) {
        browser.open(address);
        return new SearchPage(browser);
    }

    /** Searches from the box in the header of any page. */
    public static SearchPage searchFromHeader(Browser browser, String text) {
        browser.driver().$("#header-search input").setValue(text).pressEnter();
        browser.waitForVaadin();
        return new SearchPage(browser);
    }

    /** Types the words and presses Enter (a click outside open suggestions would first only close them). */
    public void searchFor(String text) {
        // Enter only once the box holds all of it: on a busy machine a key pressed mid-typing searched for less.
        browser.driver().$("#search-box input").setValue(text).shouldHave(Condition.value(text)).pressEnter();
        browser.waitForVaadin();
    }

    /** Types the words, leaves the box and presses the button. */
    public void searchWithTheButtonFor(String text) {
        browser.driver().$("#search-box input").setValue(text).pressTab();
        browser.waitForVaadin();
        browser.driver().$("#search-button").click();
        browser.waitForVaadin();
    }

    /** Puts a long text into the box at once, as a paste does, and presses Enter. */
    public void pasteAndSearch(String text) {
        SelenideElement input = browser.driver().$("#search-box input");
        browser.driver().executeJavaScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
        input.pressEnter();
        browser.waitForVaadin();
    }

    /** Types into the page's box without searching yet, so that suggestions open. */
    public SearchPage type(String text) {
        browser.driver().$("#search-box input").setValue(text);
        return this;
    }

    public SearchPage shouldSuggest(String suggestion) {
        suggestions().findBy(Condition.exactText(suggestion)).shouldBe(Condition.visible);
        return this;
    }

    /** Picks a suggestion with the mouse: that searches for it. */
    public SearchPage pickSuggestion(String suggestion) {
        suggestions().findBy(Condition.exactText(suggestion)).shouldBe(Condition.visible).click();
        browser.waitForVaadin();
        browser.driver().$("#search-box").shouldNotHave(Condition.attribute("opened", "true"));
        return this;
    }

    /** Ticks a facet's value; its label starts with the value's name, then its count in brackets. */
    public SearchPage narrow(String facet, String value) {
        facetValue(facet, value).shouldNotHave(Condition.attribute("checked")).click();
        browser.waitForVaadin();
        facetValue(facet, value).shouldHave(Condition.attribute("checked"));
        return this;
    }

    public SearchPage shouldHaveChosen(String facet, String valueWithCount) {
        facetValue(facet, valueWithCount).shouldHave(Condition.attribute("checked"))
                .shouldHave(Condition.exactText(valueWithCount));
        return this;
    }

    public SearchPage shouldOfferFacetValue(String facet, String valueWithCount) {
        facetValue(facet, valueWithCount).shouldHave(Condition.exactText(valueWithCount));
        return this;
    }

    public void clearFilters() {
        browser.driver().$("#clear-filters").click();
        browser.waitForVaadin();
    }

    /** After searching for these words: a count of results, whatever it is. */
    public SearchPage shouldShowAResultCountFor(String searched) {
        browser.driver().$("#result-count").as("the result count after searching for " + searched)
                .shouldHave(Condition.text("result"));
        return this;
    }

    public SearchPage shouldShowResultCount(String count) {
        browser.driver().$("#result-count").shouldHave(Condition.text(count));
        return this;
    }

    /** The titles of the results shown, in order. */
    public SearchPage shouldShowExactly(String... titles) {
        shownTitles().shouldHave(CollectionCondition.exactTexts(List.of(titles)));
        return this;
    }

    /** Search is unavailable for a moment, said calmly in place of results. */
    public SearchPage shouldSaySearchIsUnavailable() {
        browser.driver().$("#search-unavailable").shouldHave(Condition.exactText("Search is unavailable for a "
                + "moment. Everything else works; please try again shortly."));
        browser.driver().$("#search-hits").shouldNotBe(Condition.visible);
        return this;
    }

    public SearchPage shouldSayNothingMatched() {
        browser.driver().$("#nothing-matched").shouldHave(Condition.text("Nothing matched"));
        return this;
    }

    public void openHit(String title) {
        browser.driver().$$(".search-hit .hit-title a").findBy(Condition.text(title)).click();
        browser.waitForVaadin();
    }

    public void shouldShowHit(String title) {
        shownTitles().findBy(Condition.text(title)).shouldBe(Condition.visible);
    }

    /** A hit behind content warnings shows the warnings instead of a snippet of its text. */
    public void shouldShowOnlyTheWarningsOf(String title, String warning) {
        SelenideElement hit = browser.driver().$$(".search-hit").filter(Condition.visible)
                .findBy(Condition.text(title)).shouldBe(Condition.visible);
        hit.$(".hit-warning").shouldHave(Condition.text("Content warning: " + warning));
        hit.$(".hit-snippet").shouldNot(Condition.exist);
        hit.$("mark").shouldNot(Condition.exist);
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

    public SearchPage shouldHaveInTheAddress(String part) {
        browser.driver().webdriver().shouldHave(com.codeborne.selenide.WebDriverConditions.urlContaining(part));
        return this;
    }

    public String address() {
        return browser.driver().url();
    }

    private ElementsCollection suggestions() {
        return browser.driver().$("#search-box").$$("vaadin-combo-box-item");
    }

    private ElementsCollection shownTitles() {
        return browser.driver().$$(".search-hit .hit-title").filter(Condition.visible);
    }

    private SelenideElement facetValue(String facet, String value) {
        return browser.driver().$$("#facet-" + facet + " vaadin-checkbox").findBy(Condition.text(value));
    }
}
