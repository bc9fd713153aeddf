package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Published stories, and one story's own page. */
public class StoriesPage {

    private final Browser browser;

    public StoriesPage(Browser browser) {
        this.browser = browser;
    }

    public static StoriesPage open(Browser browser) {
        browser.open("/stories");
        return new StoriesPage(browser);
    }

    public void shouldList(String title) {
        card(title).shouldBe(Condition.visible);
    }

    public void shouldNotList(String title) {
        browser.driver().$("#stories").shouldNotHave(Condition.text(title));
    }

    /** The story's warnings are shown and its text stays hidden until the reader chooses. */
    public void shouldKeepClosedBehind(String title, String warning) {
        SelenideElement card = card(title);
        card.$("[id^='content-warning-']").shouldHave(Condition.text(warning));
        card.$(".story-text").shouldNotBe(Condition.visible);
    }

    /** The story's text shows straight away, its warnings above it. */
    public void shouldShowOpen(String title, String expectedText) {
        SelenideElement card = card(title);
        card.$("[id^='content-warning-']").shouldBe(Condition.visible);
        card.$(".story-text").shouldBe(Condition.visible).shouldHave(Condition.text(expectedText));
    }

    public void read(String title, String expectedText) {
        SelenideElement card = card(title);
        card.$("vaadin-button[id^='show-story-']").click();
        browser.waitForVaadin();
        card.$(".story-text").shouldBe(Condition.visible).shouldHave(Condition.text(expectedText));
    }

    public void openStory(String title) {
        card(title).$("h2 a").click();
        browser.waitForVaadin();
        browser.driver().$("#story-title").shouldHave(Condition.text(title));
    }

    public static void shouldKeepTheStoryPageClosedBehind(Browser browser, String warning) {
        browser.driver().$("#content-warning-full").shouldHave(Condition.text(warning));
        browser.driver().$("#story-text-full").shouldNotBe(Condition.visible);
    }


    private SelenideElement card(String title) {
        return browser.driver().$$(".story-card").findBy(Condition.text(title));
    }
}
