package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The policy library: its filters and its list. */
public class PolicyLibraryPage {

    private final Browser browser;

    public PolicyLibraryPage(Browser browser) {
        this.browser = browser;
    }

    public static PolicyLibraryPage open(Browser browser) {
        browser.open("/policies");
        return new PolicyLibraryPage(browser);
    }

    public void shouldList(String title) {
        row(title).shouldBe(Condition.visible);
    }

    public void shouldMarkReviewOverdue(String title) {
        row(title).shouldHave(Condition.text("Review overdue"));
    }

    public void shouldNotMarkReviewOverdue(String title) {
        row(title).shouldNotHave(Condition.text("Review overdue"));
    }

    public void showOnlyOverdue() {
        browser.driver().$("#overdue-filter").click();
        browser.waitForVaadin();
    }

    public void filterByOrganisation(String name) {
        VaadinFields.choose(browser, "organisation-filter", name);
    }

    public PolicyFormPage startSharing() {
        VaadinFields.click(browser, "share-a-policy");
        browser.driver().$("#share-policy").shouldBe(Condition.visible);
        return new PolicyFormPage(browser);
    }

    public PolicyCoveragePage openCoverage() {
        VaadinFields.click(browser, "coverage-link");
        return new PolicyCoveragePage(browser);
    }

    /**
     * The cell holding the policy's title, its organisation and any "Review overdue". The grid renders only rows near its viewport and the test database holds
     * every test's policies, so it scrolls down a screen at a time until the row is rendered.
     */
    private SelenideElement row(String title) {
        SelenideElement grid = browser.driver().$("#policies").shouldBe(Condition.visible);
        SelenideElement cell = browser.driver().$$("vaadin-grid-cell-content")
                .findBy(Condition.text(title));
        long rows = ((Number) browser.driver().executeJavaScript("return arguments[0].size", grid)).longValue();
        for (long index = 0; !cell.exists() && index < rows; index += 10) {
            browser.driver().executeJavaScript("arguments[0].scrollToIndex(arguments[1])", grid, index);
            browser.waitForVaadin();
        }
        return cell.shouldBe(Condition.visible);
    }
}
