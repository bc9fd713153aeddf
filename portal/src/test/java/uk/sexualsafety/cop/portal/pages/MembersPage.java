package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.Set;

/** The administrators' list of members: roles, suspension and ending sessions. */
public class MembersPage {

    private final Browser browser;

    public MembersPage(Browser browser) {
        this.browser = browser;
    }

    public static MembersPage open(Browser browser) {
        browser.open("/admin/members");
        browser.driver().$("#members").shouldBe(Condition.visible);
        return new MembersPage(browser);
    }

    /** Narrows the list to the member and selects them. */
    public void find(String email) {
        VaadinFields.type(browser, "member-search", email);
        cells().findBy(Condition.exactText(email)).shouldBe(Condition.visible).click();
        browser.waitForVaadin();
        browser.driver().$("#selected-member").shouldNotHave(Condition.text("Select a member"));
    }

    public void shouldShow(String... values) {
        for (String value : values) {
            cells().findBy(Condition.exactText(value)).shouldBe(Condition.visible);
        }
    }

    /** Opens the roles dialog for the member found and ticks exactly the roles given, by their labels. */
    public void startChangingRoles(Set<String> roleLabels) {
        VaadinFields.click(browser, "change-roles");
        browser.driver().$("#member-roles").shouldBe(Condition.visible);
        for (SelenideElement checkbox : browser.driver().$$("#member-roles vaadin-checkbox")) {
            boolean wanted = roleLabels.contains(checkbox.getText().strip());
            if (wanted != (checkbox.getAttribute("checked") != null)) {
                checkbox.$("input").click();
                browser.waitForVaadin();
            }
        }
    }

    public void saveRoles() {
        VaadinFields.click(browser, "save-roles");
    }

    /** Asks to end the member's sessions; the confirmation stays open. */
    public void startEndingSessions() {
        VaadinFields.click(browser, "end-sessions");
        browser.driver().$("#end-sessions-dialog-confirm").shouldBe(Condition.visible);
    }

    public void shouldAskToConfirm(String question) {
        browser.driver().$("#end-sessions-dialog-question").shouldHave(Condition.text(question));
    }

    public void confirmEndingSessions() {
        VaadinFields.click(browser, "end-sessions-dialog-confirm");
    }

    /** Resets the found member's second step, confirming in the dialog. */
    public void resetSecondFactor() {
        VaadinFields.click(browser, "reset-second-factor");
        browser.driver().$("#reset-second-factor-dialog-confirm").shouldBe(Condition.visible);
        VaadinFields.click(browser, "reset-second-factor-dialog-confirm");
    }

    public void shouldConfirm(String message) {
        VaadinFields.shouldConfirm(browser, message);
    }

    private ElementsCollection cells() {
        return browser.driver().$$("#members vaadin-grid-cell-content");
    }

    /** Opens the erasure dialog for the member found; nothing is erased yet. */
    public void startErasing() {
        VaadinFields.click(browser, "erase-account");
        browser.driver().$("#erase-account-confirm").shouldBe(Condition.visible);
    }

    /** Records what the person asked for their contributions, by the option's label. */
    public void chooseForContributions(String label) {
        browser.driver().$$("#erasure-choice vaadin-radio-button").findBy(Condition.text(label))
                .shouldBe(Condition.visible).$("input").click();
        browser.waitForVaadin();
    }

    public void confirmErasing() {
        VaadinFields.click(browser, "erase-account-confirm");
    }

    public void shouldAskForTheirChoice(String message) {
        VaadinFields.shouldShowMessage(browser, "erasure-choice", message);
    }
}
