package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** A contributor's own story, opened with the receipt code. */
public class YourStoryPage {

    private final Browser browser;

    public YourStoryPage(Browser browser) {
        this.browser = browser;
    }

    public static YourStoryPage open(Browser browser) {
        browser.open("/stories/your-story");
        return new YourStoryPage(browser);
    }

    public YourStoryPage openWith(String receiptCode) {
        VaadinFields.type(browser, "receipt-code-input", receiptCode);
        VaadinFields.click(browser, "open-story");
        return this;
    }

    public void shouldShowStatus(String status) {
        browser.driver().$("#story-status").shouldHave(Condition.text(status));
    }

    public void shouldShowModeratorsMessage(String message) {
        browser.driver().$("#moderator-message").shouldHave(Condition.text(message));
    }

    public void shouldSayNotFound() {
        browser.driver().$("#code-problem").shouldHave(Condition.text("We could not find a story"));
    }

    public void takeTheSuggestionAndSendIt() {
        VaadinFields.click(browser, "use-suggestion");
        VaadinFields.click(browser, "check-story");
        VaadinFields.click(browser, "submit-story");
        browser.driver().$("#story-changed").shouldHave(Condition.text("Your new version has gone"));
    }

    public void shouldShowInEditor(String text) {
        browser.driver().$("#story-text textarea").shouldHave(Condition.value(text));
    }

    public void withdraw() {
        VaadinFields.click(browser, "withdraw-story");
        VaadinFields.click(browser, "withdraw-dialog-confirm");
        browser.driver().$("#story-changed").shouldHave(Condition.text("withdrawn"));
    }

    public String recover(String recoveryCode) {
        VaadinFields.type(browser, "recovery-code-input", recoveryCode);
        VaadinFields.click(browser, "recover");
        return browser.driver().$("#new-receipt-code input").shouldBe(Condition.visible).getValue();
    }
}
