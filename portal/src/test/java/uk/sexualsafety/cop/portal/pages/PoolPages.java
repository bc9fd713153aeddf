package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The investigator pool's pages: the investigator's profile and cases, the requester's form, the coordinator's. */
public class PoolPages {

    private final Browser browser;

    public PoolPages(Browser browser) {
        this.browser = browser;
    }

    public void openProfile() {
        browser.open("/investigator/profile");
    }

    public void fillProfile(String name, String email, String specialism, String accreditation) {
        VaadinFields.type(browser, "display-name", name);
        VaadinFields.type(browser, "contact-email", email);
        browser.driver().$$("#specialisms vaadin-checkbox").findBy(Condition.text(specialism)).scrollIntoCenter()
                .click();
        VaadinFields.click(browser, "accreditations-add");
        VaadinFields.type(browser, "accreditations-0-name", accreditation);
        date("accreditations-0-from", "2024-01-01");
        browser.driver().$("#remote").scrollIntoCenter().click();
        VaadinFields.type(browser, "cases-at-once", "2");
        VaadinFields.type(browser, "days-per-month", "6");
    }

    public void addUnavailablePeriodEndingBeforeItStarts() {
        VaadinFields.click(browser, "unavailable-add");
        date("unavailable-0-from", "2031-03-10");
        date("unavailable-0-to", "2031-03-01");
    }

    public void removeUnavailablePeriod() {
        VaadinFields.click(browser, "unavailable-remove-0");
    }

    /**
     * Sets a date picker's value as its calendar does (an ISO date in its value property), so the test does not
     * depend on the typed format of the browser's locale.
     */
    private void date(String pickerId, String isoDate) {
        browser.driver().executeJavaScript("arguments[0].value = arguments[1]", browser.driver().$("#" + pickerId),
                isoDate);
        browser.waitForVaadin();
    }

    public void saveProfile() {
        VaadinFields.click(browser, "save-profile");
    }

    public void shouldSayProfileSaved() {
        browser.driver().$("#profile-saved").shouldHave(Condition.text("saved"));
    }

    public void shouldShowProblemOn(String fieldId) {
        browser.driver().$("#" + fieldId).shouldHave(Condition.attribute("invalid"));
        browser.driver().$("#profile-not-saved").shouldBe(Condition.visible);
    }

    public void fileRequest(String category, String specialism, String isoStartDate, String summary) {
        browser.open("/pool/requests/new");
        browser.driver().$$("#category vaadin-radio-button").findBy(Condition.text(category)).scrollIntoCenter()
                .click();
        browser.driver().$$("#complexity vaadin-radio-button").findBy(Condition.text("Medium")).scrollIntoCenter()
                .click();
        browser.driver().$$("#specialisms-needed vaadin-checkbox").findBy(Condition.text(specialism))
                .scrollIntoCenter().click();
        date("wanted-start", isoStartDate);
        VaadinFields.type(browser, "estimated-days", "8");
        browser.driver().$$("#delivery vaadin-radio-button").findBy(Condition.text("Remote")).scrollIntoCenter()
                .click();
        VaadinFields.type(browser, "request-summary", summary);
        VaadinFields.click(browser, "send-request");
        browser.driver().$("#request-filed").shouldHave(Condition.text("gone to the pool's coordinator"));
    }

    public void openAllocation(String organisation) {
        browser.open("/pool/requests/open");
        SelenideElement grid = browser.driver().$("#open-requests").shouldBe(Condition.visible);
        SelenideElement allocate = browser.driver().$("vaadin-button[aria-label^='Allocate the request from "
                + organisation + "']");
        // The grid renders only rows near its viewport, and the test database holds every test's requests.
        long rows = ((Number) browser.driver().executeJavaScript("return arguments[0].size", grid)).longValue();
        for (long index = 0; !allocate.exists() && index < rows; index += 10) {
            browser.driver().executeJavaScript("arguments[0].scrollToIndex(arguments[1])", grid, index);
            browser.waitForVaadin();
        }
        allocate.scrollIntoCenter().click();
        browser.waitForVaadin();
        browser.driver().$("#ranked-investigators").shouldBe(Condition.visible);
    }

    public void shouldRank(long investigatorId) {
        browser.driver().$("#ranked-" + investigatorId).shouldBe(Condition.visible);
    }

    public void shouldExcludeWithReason(long investigatorId, String reason) {
        browser.driver().$("#excluded-" + investigatorId).shouldHave(Condition.text(reason));
    }

    public void shouldShowAskedAlready(long investigatorId, String outcome) {
        browser.driver().$("#asked-" + investigatorId).shouldHave(Condition.text(outcome));
        browser.driver().$("#offer-to-" + investigatorId).shouldNot(Condition.exist);
    }

    public void shouldSuggestAskingNext(String name) {
        browser.driver().$("#next-to-ask").shouldHave(Condition.text(name));
    }

    public void offerTo(long investigatorId) {
        VaadinFields.click(browser, "offer-to-" + investigatorId);
        browser.driver().$("#offered").shouldHave(Condition.text("Offered to"));
    }

    public void openCases() {
        browser.open("/investigator/cases");
    }

    public void declineOffer(String reason) {
        browser.driver().$("vaadin-button[id^='decline-']").scrollIntoCenter().click();
        browser.waitForVaadin();
        VaadinFields.type(browser, "text-dialog-text", reason);
        VaadinFields.click(browser, "text-dialog-confirm");
        browser.driver().$("#case-done").shouldHave(Condition.text("Declined"));
    }

    public void acceptOffer() {
        browser.driver().$("vaadin-button[id^='accept-']").scrollIntoCenter().click();
        browser.waitForVaadin();
        browser.driver().$("#case-done").shouldHave(Condition.text("Accepted"));
    }

    public void signDeclaration(String statement) {
        browser.driver().$("vaadin-button[id^='sign-declaration-']").scrollIntoCenter().click();
        browser.waitForVaadin();
        VaadinFields.type(browser, "text-dialog-text", statement);
        VaadinFields.click(browser, "text-dialog-confirm");
        browser.driver().$("#case-done").shouldHave(Condition.text("Signed"));
    }

    public void shouldShowCaseSummary(String text) {
        browser.driver().$("[id^='case-summary-']").shouldHave(Condition.text(text));
    }

    public void recordMilestone(String label) {
        browser.driver().$("vaadin-button[id^='milestone-']").shouldHave(Condition.text(label)).scrollIntoCenter()
                .click();
        browser.waitForVaadin();
        browser.driver().$("#case-done").shouldHave(Condition.text(label + " recorded"));
    }

    public void vet(String name, String reason) {
        browser.open("/pool/investigators");
        browser.driver().$("vaadin-button[aria-label='Make active: " + name + "']").scrollIntoCenter().click();
        browser.waitForVaadin();
        VaadinFields.type(browser, "status-dialog-text", reason);
        VaadinFields.click(browser, "status-dialog-confirm");
        browser.driver().$("#status-changed").shouldHave(Condition.text(name + " is now active"));
    }

    public void shouldShowOurRequestStatus(String status) {
        browser.open("/pool/requests");
        browser.driver().$("#our-requests vaadin-grid-cell-content").shouldBe(Condition.visible);
        browser.driver().$$("#our-requests vaadin-grid-cell-content").findBy(Condition.text(status))
                .shouldBe(Condition.visible);
    }

    public void openReports() {
        browser.open("/pool/reports");
    }

    public void shouldReportAllocated() {
        browser.driver().$("#requests-by-area").shouldHave(Condition.text("Allocated"));
        browser.driver().$("#requests-by-area portal-bar-chart").shouldHave(Condition.attribute("data-rendered"));
        browser.driver().$("#allocation-times").shouldHave(Condition.text("target"));
        browser.driver().$("#allocation-figures").shouldHave(Condition.text("Requests allocated"));
        browser.driver().$("#give-and-receive-days").shouldHave(Condition.text("fewer than 5 cases"));
    }
}
