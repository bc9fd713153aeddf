package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The resource library. */
public class ResourceLibraryPage {

    private final Browser browser;

    public ResourceLibraryPage(Browser browser) {
        this.browser = browser;
    }

    public static ResourceLibraryPage open(Browser browser) {
        browser.open("/resources");
        return new ResourceLibraryPage(browser);
    }

    public void shouldList(String title) {
        browser.driver().$("#resources").shouldHave(Condition.text(title));
    }
}
