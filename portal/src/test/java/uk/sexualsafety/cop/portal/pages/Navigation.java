package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideDriver;

import java.util.List;

/** The navigation drawer and the account bar of every page. */
public class Navigation {

    private final SelenideDriver driver;

    public Navigation(SelenideDriver driver) {
        this.driver = driver;
    }

    public void shouldOffer(List<String> itemIds) {
        driver.$$("#main-navigation vaadin-side-nav-item")
                .shouldHave(CollectionCondition.attributes("id", itemIds));
    }

    public void shouldShowSignedInAs(String displayName) {
        driver.$("#signed-in-as").shouldHave(Condition.text(displayName));
    }

    public void shouldShowSignedOut() {
        driver.$("#sign-in").shouldBe(Condition.visible);
    }

    /** Signs out and waits until the portal has done it (the sign-out writes to the audit trail first). */
    public void signOut() {
        driver.$("#sign-out").click();
        shouldShowSignedOut();
    }

    public void goTo(String itemId) {
        driver.$("#" + itemId).click();
    }
}
