package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** A member's choice of how stories with content warnings open. */
public class ReadingSettingsPage {

    private final Browser browser;

    public ReadingSettingsPage(Browser browser) {
        this.browser = browser;
    }

    public static ReadingSettingsPage open(Browser browser) {
        browser.open("/stories/reading-settings");
        return new ReadingSettingsPage(browser);
    }

    public void openStoriesStraightAwayExceptFor(String warning) {
        browser.driver().$("#open-stories").scrollIntoCenter().click();
        browser.driver().$$("#always-closed vaadin-checkbox").findBy(Condition.text(warning)).scrollIntoCenter()
                .click();
        VaadinFields.click(browser, "save-reading");
        browser.driver().$("#reading-saved").shouldHave(Condition.text("Saved"));
    }
}
