package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The public home page. */
public class HomePage {

    private final Browser browser;

    public HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage open(Browser browser) {
        browser.open("/");
        return new HomePage(browser);
    }

    public void shouldSayItIsNotAReportingChannel() {
        browser.driver().$("#not-a-reporting-channel").shouldHave(Condition.text("not a way to report an incident"));
    }

    public void shouldSignpostHelp(String text) {
        browser.driver().$("#get-help-now").shouldHave(Condition.text(text));
    }
}
