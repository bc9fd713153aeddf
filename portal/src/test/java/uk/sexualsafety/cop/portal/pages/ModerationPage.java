package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Searches the waiting items with the search field and Enter. */
    public ModerationPage searchFor(String text) {
        VaadinFields.type(browser, "queue-search", text);
        browser.driver().$("#queue-search input").pressEnter();
        browser.waitForVaadin();
        return this;
    }

    public void shouldSayMatches(String count) {
        browser.driver().$("#queue-search-result").shouldHave(Condition.text(count));
    }

    public void shouldSayNothingMatches() {
        browser.driver().$("#queue-search-result").shouldHave(Condition.text("No waiting item matches"));
    }

    /** The grid shows exactly these items, in this order. */
    public void shouldListOnly(String... titles) {
        SelenideElement grid = browser.driver().$("#moderation-queue").shouldBe(Condition.visible);
        // The grid keeps the rows it rendered before, hidden: only the visible ones are the items listed.
        browser.driver().$$("#moderation-queue vaadin-button[aria-label^='Review ']").filter(Condition.visible)
                .shouldHave(CollectionCondition.attributes("aria-label",
                        Arrays.stream(titles).map(title -> "Review " + title).toList()));
        assertThat(((Number) browser.driver().executeJavaScript("return arguments[0].size", grid)).intValue())
                .isEqualTo(titles.length);
    }

    public void shouldKeepTheSearchInTheAddress(String text) {
        assertThat(URLDecoder.decode(browser.driver().url(), StandardCharsets.UTF_8).replace('+', ' '))
                .endsWith("/moderation?q=" + text);
    }

    public void clearSearch() {
        VaadinFields.click(browser, "queue-search-clear");
        browser.driver().$("#queue-search-clear").shouldNotBe(Condition.visible);
    }

    public void shouldList(String title) {
        rowButton(title).shouldBe(Condition.visible);
    }

    public void shouldMarkUrgent(String title) {
        review(title);
        browser.driver().$("#review-status").shouldHave(Condition.text("urgent"));
    }

    public ModerationPage review(String title) {
        // Clicked as an element, not at a point: the grid recycles its rows as it scrolls, and with a long queue a
        // click at the button's place could land on another item's row.
        SelenideElement button = rowButton(title).shouldBe(Condition.visible);
        browser.driver().executeJavaScript("arguments[0].click()", button);
        browser.waitForVaadin();
        browser.driver().$("#review-title").shouldHave(Condition.text(title));
        return this;
    }

    public void shouldOfferToReplace(String found) {
        browser.driver().$("#field-body-findings").shouldHave(Condition.text("\u201C" + found + "\u201D"));
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

    public void startRejecting() {
        VaadinFields.click(browser, "reject");
        browser.driver().$("#reject-dialog-confirm").shouldBe(Condition.visible);
    }

    public void rejectWithoutAReason() {
        VaadinFields.click(browser, "reject-dialog-confirm");
        browser.driver().$("#reject-dialog-reason").shouldHave(Condition.attribute("invalid"));
    }

    public void rejectFor(String reason, String message) {
        browser.driver().$("#reject-dialog-reason").click();
        browser.driver().$$("vaadin-select-item").findBy(Condition.text(reason)).click();
        VaadinFields.type(browser, "reject-dialog-message", message);
        VaadinFields.click(browser, "reject-dialog-confirm");
        browser.driver().$("#review-done").shouldHave(Condition.text("Rejected"));
    }

    /** A fact of the item under review, such as "Structure of harm: Colleague to colleague". */
    public void shouldShowFact(String fact) {
        browser.driver().$("#review-facts").shouldHave(Condition.text(fact));
    }

    /** One of the item's texts as it will read, by the key of its field. */
    public void shouldShowText(String field, String text) {
        browser.driver().$("#field-" + field + "-preview").shouldHave(Condition.text(text));
    }

    /** A story's text as it will read. */
    public void shouldShowStoryText(String text) {
        shouldShowText("body", text);
    }

    public void shouldShowInHistory(String text) {
        browser.driver().$("#history").shouldHave(Condition.text(text));
    }

    /**
     * The review button of the item's row. The grid renders only the rows near its viewport and the test database
     * holds every test's items, so it scrolls the grid down a screen at a time until the row is rendered.
     */
    private SelenideElement rowButton(String title) {
        SelenideElement grid = browser.driver().$("#moderation-queue").shouldBe(Condition.visible);
        SelenideElement button = browser.driver().$("vaadin-button[aria-label='Review " + title + "']");
        long rows = ((Number) browser.driver().executeJavaScript("return arguments[0].size", grid)).longValue();
        for (long index = 0; !button.exists() && index < rows; index += 10) {
            browser.driver().executeJavaScript("arguments[0].scrollToIndex(arguments[1])", grid, index);
            browser.waitForVaadin();
        }
        return button;
    }

    /** The address of the item under review, to come back to it later. */
    public String itemAddress() {
        return URI.create(browser.driver().url()).getPath();
    }

    /** Opens an item by its address, as a bookmark or a typed address would. */
    public static ModerationPage openItem(Browser browser, String address) {
        browser.open(address);
        return new ModerationPage(browser);
    }

    /** The item shows its status, a notice that its text is withheld and its history, and none of its texts. */
    public void shouldShowOnlyItsStatus(String status, String... absentWords) {
        browser.driver().$("#review-status").shouldHave(Condition.text("Status: " + status));
        browser.driver().$("#text-withheld").shouldBe(Condition.visible);
        browser.driver().$("#history").shouldBe(Condition.visible);
        browser.driver().$$("[id$='-preview']").shouldHave(CollectionCondition.size(0));
        for (String word : absentWords) {
            browser.driver().$("body").shouldNotHave(Condition.text(word));
        }
    }

    public void shouldSayItemNotFound() {
        browser.driver().$("#item-missing").shouldHave(Condition.text("does not exist"));
    }

    public void reload() {
        VaadinFields.click(browser, "reload-item");
    }
}
