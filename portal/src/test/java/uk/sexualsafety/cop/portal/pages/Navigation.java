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

    /** Signs out and waits for the signed-out page, so that the next navigation cannot race the sign-out. */
    public void signOut() {
        driver.$("#sign-out").click();
        shouldShowSignedOut();
    }

    /** Types into the header's search box without searching, so that it looks for suggestions. */
    public void typeInTheSearchBox(String text) {
        driver.$("#header-search input").setValue(text);
    }

    /** The header's box says that search is unavailable, in place of suggestions. */
    public void shouldSaySearchIsUnavailable() {
        driver.$("#header-search").shouldHave(Condition.attribute("invalid"));
        driver.$("#header-search > [slot='error-message']").shouldHave(Condition.text("Search is unavailable for a "
                + "moment"));
    }

    public void goTo(String itemId) {
        driver.$("#" + itemId).click();
    }
}
