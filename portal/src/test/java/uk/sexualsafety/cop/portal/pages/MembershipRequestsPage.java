package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The requests to join that wait for an administrator. */
public class MembershipRequestsPage {

    private final Browser browser;

    public MembershipRequestsPage(Browser browser) {
        this.browser = browser;
    }

    public static MembershipRequestsPage open(Browser browser) {
        browser.open("/admin/membership-requests");
        browser.driver().$("#membership-requests").shouldBe(Condition.visible);
        return new MembershipRequestsPage(browser);
    }

    public void shouldList(String email, String... otherValues) {
        cells().findBy(Condition.exactText(email)).shouldBe(Condition.visible);
        for (String value : otherValues) {
            cells().findBy(Condition.exactText(value)).shouldBe(Condition.visible);
        }
    }

    public void shouldNotList(String email) {
        cells().filterBy(Condition.exactText(email)).shouldHave(CollectionCondition.size(0));
    }

    public void approve(String email) {
        select(email);
        VaadinFields.click(browser, "approve-request");
    }

    /** Opens the decline dialog for the request, without confirming yet. */
    public void startDeclining(String email) {
        select(email);
        VaadinFields.click(browser, "decline-request");
        browser.driver().$("#decline-note").shouldBe(Condition.visible);
    }

    public void confirmDecline(String note) {
        VaadinFields.type(browser, "decline-note", note);
        VaadinFields.click(browser, "confirm-decline");
    }

    public void shouldConfirm(String message) {
        VaadinFields.shouldConfirm(browser, message);
    }

    private void select(String email) {
        // Found first, as an administrator with a long queue would: other tests leave many requests waiting.
        VaadinFields.type(browser, "request-filter", email);
        browser.driver().$("#request-filter input").pressTab();
        browser.waitForVaadin();
        cells().findBy(Condition.exactText(email)).click();
        browser.waitForVaadin();
        browser.driver().$("#selected-request").shouldHave(Condition.text(email));
    }

    private ElementsCollection cells() {
        return browser.driver().$$("#membership-requests vaadin-grid-cell-content");
    }
}
