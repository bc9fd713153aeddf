package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.time.LocalDate;

/** How the page objects work Vaadin's fields, so that each page object only names its own ids. */
final class VaadinFields {

    private VaadinFields() {
    }

    static void type(Browser browser, String fieldId, String text) {
        browser.driver().$("#" + fieldId + " input, #" + fieldId + " textarea").setValue(text);
    }

    /** Sets a date picker's value as the picker itself would (ISO in the element; shown day first). */
    static void date(Browser browser, String pickerId, LocalDate date) {
        browser.driver().executeJavaScript("arguments[0].value = arguments[1]", browser.driver().$("#" + pickerId),
                date.toString());
        browser.waitForVaadin();
    }

    /** Types an item's whole label into a combo box and picks the item that the filter leaves. */
    static void choose(Browser browser, String comboBoxId, String label) {
        SelenideElement comboBox = browser.driver().$("#" + comboBoxId);
        comboBox.$("input").setValue(label);
        // Large lists are filtered on the server: wait for the item itself rather than pressing Enter blindly.
        comboBox.$$("vaadin-combo-box-item").findBy(Condition.exactText(label)).shouldBe(Condition.visible).click();
        browser.waitForVaadin();
        comboBox.shouldHave(Condition.attribute("has-value")).shouldNotHave(Condition.attribute("opened", "true"));
    }

    static void shouldShowMessage(Browser browser, String fieldId, String message) {
        SelenideElement field = browser.driver().$("#" + fieldId);
        field.shouldHave(Condition.attribute("invalid", "true"));
        field.$("[slot='error-message']").shouldHave(Condition.exactText(message));
    }

    static void shouldBeValid(Browser browser, String fieldId) {
        browser.driver().$("#" + fieldId).shouldNotHave(Condition.attribute("invalid", "true"));
    }

    static void click(Browser browser, String buttonId) {
        // WebDriver's "enabled" knows only native controls: a disabled vaadin-button says so by its attribute.
        browser.driver().$("#" + buttonId).shouldNotHave(Condition.attribute("disabled")).scrollIntoCenter().click();
        browser.waitForVaadin();
    }

    static void shouldConfirm(Browser browser, String message) {
        browser.driver().$$("vaadin-notification-card").findBy(Condition.text(message)).should(Condition.exist);
    }
}
