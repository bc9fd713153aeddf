package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;
import java.util.Map;

/** One policy's page. */
public class PolicyPage {

    /** What the server answered when a download link was followed. */
    public record Download(long status, String contentType, String disposition, long size) {
    }

    private final Browser browser;

    public PolicyPage(Browser browser) {
        this.browser = browser;
    }

    public PolicyPage shouldShowTitle(String title) {
        browser.driver().$("#policy-heading").shouldHave(Condition.exactText(title));
        return this;
    }

    public void shouldSay(String outcome) {
        browser.driver().$("#policy-outcome").shouldHave(Condition.text(outcome));
    }

    public void shouldShowInItsText(String phrase) {
        browser.driver().$("#policy-text").shouldHave(Condition.text(phrase));
    }

    public void shouldMarkReviewOverdue() {
        browser.driver().$("#policy-review").shouldHave(Condition.text("Review overdue"));
    }

    /** The rows of the versions table, newest first, as their header cells read. */
    public void shouldListVersions(List<String> versions) {
        browser.driver().$$("#policy-versions tbody th").shouldHave(CollectionCondition.exactTexts(versions));
    }

    public String currentDownloadHref() {
        return browser.driver().$("#download-current").shouldBe(Condition.visible).getAttribute("href");
    }

    public Download downloadCurrent() {
        return download("download-current");
    }

    public Download downloadVersion(int number) {
        return download("download-version-" + number);
    }

    /**
     * Follows a download link as the browser would, with its cookies, and reports the response rather than saving
     * the file (headless Chromium saves nowhere useful to a test).
     */
    private Download download(String linkId) {
        SelenideElement link = browser.driver().$("#" + linkId).shouldBe(Condition.visible)
                .shouldHave(Condition.attribute("download"));
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) browser.driver().executeAsyncJavaScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(body => done({status: r.status,
                        type: r.headers.get('content-type') || '', disposition: r.headers.get('content-disposition') || '',
                        size: body.byteLength})))
                    .catch(e => done({status: -1, type: String(e), disposition: '', size: -1}));""", link);
        return new Download(((Number) response.get("status")).longValue(), (String) response.get("type"),
                (String) response.get("disposition"), ((Number) response.get("size")).longValue());
    }

    public PolicyFormPage startChangingDetails() {
        VaadinFields.click(browser, "edit-policy");
        browser.driver().$("#save-policy").shouldBe(Condition.visible);
        return new PolicyFormPage(browser);
    }

    public void shouldShowNextReview(String text) {
        browser.driver().$("#policy-review").shouldHave(Condition.text(text));
    }

    public PolicyFormPage startNewVersion() {
        VaadinFields.click(browser, "new-version");
        browser.driver().$("#upload-version").shouldBe(Condition.visible);
        return new PolicyFormPage(browser);
    }
}
