package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Sharing a story: the form, the anonymised preview, and the confirmation with its codes. */
public class ShareStoryPage {

    private final Browser browser;

    public ShareStoryPage(Browser browser) {
        this.browser = browser;
    }

    public static ShareStoryPage open(Browser browser) {
        browser.open("/stories/share");
        return new ShareStoryPage(browser);
    }

    /** Fills in a whole story, as someone who experienced harassment from a colleague. */
    public ShareStoryPage write(String title, String text) {
        VaadinFields.type(browser, "story-title", title);
        VaadinFields.type(browser, "story-text", text);
        chooseRadio("relation", "I experienced it");
        chooseRadio("harm-structure", "Colleague to colleague");
        return this;
    }

    public ShareStoryPage warnAbout(String warning) {
        browser.driver().$$("#content-warnings vaadin-checkbox").findBy(Condition.text(warning)).scrollIntoCenter().click();
        return this;
    }

    public ShareStoryPage checkIt() {
        VaadinFields.click(browser, "check-story");
        return this;
    }

    public void shouldShowPreview() {
        browser.driver().$("#preview-heading").shouldBe(Condition.visible);
    }

    public void shouldOfferToReplace(String found, String replacement) {
        browser.driver().$("#body-findings").shouldHave(Condition.text("Replace \u201C" + found + "\u201D with "
                + replacement));
        browser.driver().$("#body-preview mark").shouldHave(Condition.text(replacement));
    }

    /** One of several findings: its proposal is listed and its replacement is marked in the preview. */
    public void shouldOfferAmongOthersToReplace(String found, String replacement) {
        browser.driver().$("#body-findings").shouldHave(Condition.text("Replace \u201C" + found + "\u201D with "
                + replacement));
        browser.driver().$$("#body-preview mark").shouldHave(CollectionCondition.itemWithText(replacement));
    }

    public void shouldNotOfferToReplace(String text) {
        browser.driver().$("#body-findings").shouldNotHave(Condition.text("Replace \u201C" + text + "\u201D"));
    }

    public void shouldFindNothingToReplace() {
        browser.driver().$("#body-no-findings").shouldBe(Condition.visible);
    }

    public void send() {
        VaadinFields.click(browser, "submit-story");
        browser.driver().$("#story-submitted").shouldBe(Condition.visible);
    }

    /** Sends, and the portal refuses: nothing is saved and the form comes back. */
    public void sendAndBeRefused() {
        VaadinFields.click(browser, "submit-story");
        browser.driver().$("#story-problem").shouldBe(Condition.visible);
    }

    /** The refusal says plainly that the story was not saved, and why; it has the focus, so it is read out. */
    public void shouldSayNotSaved(String why) {
        browser.driver().$("#story-problem").shouldHave(Condition.text("We have not saved your story"),
                Condition.text(why)).shouldBe(Condition.focused);
        browser.driver().$("#story-submitted").shouldNot(Condition.exist);
    }

    public void shouldStillHaveText(String text) {
        browser.driver().$("#story-text textarea").shouldBe(Condition.visible).shouldHave(Condition.value(text));
    }

    public void shouldShowWhereToGetHelpNow() {
        browser.driver().$("#help-now").shouldHave(Condition.text("Samaritans"));
    }

    public void shouldNotShowWhereToGetHelpNow() {
        browser.driver().$("#help-now").shouldNot(Condition.exist);
    }

    public String receiptCode() {
        return browser.driver().$("#receipt-code input").shouldBe(Condition.visible).getValue();
    }

    /** Both codes fit their fields: none of their characters is hidden (the codes are shown only once). */
    public void shouldShowBothCodesWhole() {
        for (String id : new String[] {"receipt-code", "recovery-code"}) {
            browser.driver().$("#" + id + " input").shouldHave(Condition.match("the whole code in view",
                    input -> Boolean.TRUE.equals(browser.driver().executeJavaScript(
                            "return arguments[0].scrollWidth <= arguments[0].clientWidth", input))));
        }
    }

    public String recoveryCode() {
        return browser.driver().$("#recovery-code input").shouldBe(Condition.visible).getValue();
    }

    public void shouldShowMessage(String fieldId, String message) {
        VaadinFields.shouldShowMessage(browser, fieldId, message);
    }

    public void shouldStillHaveTitle(String title) {
        browser.driver().$("#story-title input").shouldHave(Condition.value(title));
    }

    private void chooseRadio(String groupId, String label) {
        browser.driver().$$("#" + groupId + " vaadin-radio-button").findBy(Condition.text(label)).scrollIntoCenter().click();
    }
}
