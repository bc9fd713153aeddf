package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The moderation queue and the review of one item. */
public class ModerationPage {

    private final Browser browser;

    public ModerationPage(Browser browser) {
        this.browser = browser;
    }

    public static ModerationPage openQueue(Browser browser) {
        browser.open("/moderation");
        return new ModerationPage(browser);
    }

    public void shouldList(String title) {
        browser.driver().$("#moderation-queue").shouldHave(Condition.text(title));
    }

    public void shouldMarkUrgent(String title) {
        browser.driver().$("#moderation-queue").shouldHave(Condition.text("Urgent"));
        shouldList(title);
    }

    public ModerationPage review(String title) {
        browser.driver().$("vaadin-button[aria-label='Review " + title + "']").scrollIntoCenter().click();
        browser.waitForVaadin();
        browser.driver().$("#review-title").shouldHave(Condition.text(title));
        return this;
    }

    public void shouldOfferToReplace(String found) {
        browser.driver().$("#body-findings").shouldHave(Condition.text("\u201C" + found + "\u201D"));
    }

    public void approve() {
        VaadinFields.click(browser, "approve");
        browser.driver().$("#review-done").shouldHave(Condition.text("Approved"));
    }

    public void approveExpectingItChanged() {
        VaadinFields.click(browser, "approve");
        browser.driver().$("#item-changed").shouldHave(Condition.text("changed while you had it open"));
    }

    public void shouldSayPublished() {
        browser.driver().$("#review-done").shouldHave(Condition.text("It is now published"));
    }

    public void shouldSayOneMoreApprovalIsNeeded() {
        browser.driver().$("#review-done").shouldHave(Condition.text("needs one more moderator"));
    }

    public void requestChanges(String message, String suggestedText) {
        VaadinFields.click(browser, "request-changes");
        VaadinFields.type(browser, "request-changes-dialog-message", message);
        VaadinFields.type(browser, "request-changes-dialog-suggested", suggestedText);
        VaadinFields.click(browser, "request-changes-dialog-confirm");
        browser.driver().$("#review-done").shouldHave(Condition.text("gone to the contributor"));
    }

    public void shouldShowInHistory(String text) {
        browser.driver().$("#history").shouldHave(Condition.text(text));
    }

    public void reload() {
        VaadinFields.click(browser, "reload-item");
    }
}
