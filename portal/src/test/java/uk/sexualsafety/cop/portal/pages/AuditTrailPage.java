package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.time.LocalDate;

/** The administrators' audit trail page. */
public class AuditTrailPage {

    private final Browser browser;

    public AuditTrailPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditTrailPage open(Browser browser, String query) {
        browser.open("/admin/audit" + (query.isEmpty() ? "" : "?" + query));
        return new AuditTrailPage(browser);
    }

    public AuditTrailPage byActor(String text) {
        VaadinFields.type(browser, "audit-actor", text);
        browser.driver().$("#audit-actor input").pressTab();
        browser.waitForVaadin();
        return this;
    }

    public AuditTrailPage byAction(String action) {
        VaadinFields.choose(browser, "audit-action", action);
        return this;
    }

    public AuditTrailPage byTarget(String type, String id) {
        VaadinFields.choose(browser, "audit-target-type", type);
        VaadinFields.type(browser, "audit-target-id", id);
        browser.driver().$("#audit-target-id input").pressTab();
        browser.waitForVaadin();
        return this;
    }

    public AuditTrailPage between(LocalDate from, LocalDate to) {
        date("audit-from", from);
        date("audit-to", to);
        return this;
    }

    public void shouldCount(String total) {
        browser.driver().$("#audit-total").shouldHave(Condition.exactText(total));
    }

    public void shouldListRowWith(String... texts) {
        var row = browser.driver().$("#audit-grid");
        for (String text : texts) {
            row.shouldHave(Condition.text(text));
        }
    }

    public void shouldNotListRowWith(String text) {
        browser.driver().$("#audit-grid").shouldNotHave(Condition.text(text));
    }

    public void shouldKeepInTheAddress(String... parameters) {
        String url = browser.driver().getWebDriver().getCurrentUrl();
        for (String parameter : parameters) {
            if (url == null || !url.contains(parameter)) {
                throw new AssertionError("The address " + url + " does not keep " + parameter);
            }
        }
    }

    public String address() {
        return browser.driver().getWebDriver().getCurrentUrl();
    }

    public void shouldShowFilter(String fieldId, String value) {
        browser.driver().$("#" + fieldId + " input").shouldHave(Condition.value(value));
    }

    public ChartWithTablePage.DownloadedFile exportCsv() {
        return ChartWithTablePage.fetch(browser, browser.driver().$("#audit-export")
                .shouldHave(Condition.attribute("href")));
    }

    private void date(String pickerId, LocalDate date) {
        VaadinFields.date(browser, pickerId, date);
    }
}
