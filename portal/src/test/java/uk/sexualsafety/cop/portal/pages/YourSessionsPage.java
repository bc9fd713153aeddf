package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** "Your sessions": where the person is signed in. */
public class YourSessionsPage {

    private final Browser browser;

    public YourSessionsPage(Browser browser) {
        this.browser = browser;
    }

    public static YourSessionsPage open(Browser browser) {
        browser.open("/sessions");
        return new YourSessionsPage(browser);
    }

    public void shouldListSessions(int count) {
        browser.driver().$$("#sessions vaadin-grid-cell-content")
                .filterBy(Condition.text(" on "))
                .shouldHave(CollectionCondition.size(count));
    }

    public void shouldMarkThisDevice() {
        browser.driver().$("#sessions").shouldHave(Condition.text("(this device)"));
    }

    public void signOutOfOtherSessions() {
        browser.driver().$("#sign-out-others").click();
        browser.waitForVaadin();
    }

    public void shouldConfirm(String message) {
        browser.driver().$("vaadin-notification-card").shouldHave(Condition.text(message));
    }
}
