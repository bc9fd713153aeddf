package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Two versions of a case study side by side. */
public class CompareVersionsPage {

    private final Browser browser;

    public CompareVersionsPage(Browser browser) {
        this.browser = browser;
    }

    CompareVersionsPage shouldCompare(int from, int to) {
        browser.driver().$("#comparison caption").shouldHave(Condition.text("Version " + from + " and version "
                + to));
        return this;
    }

    public void shouldMarkChanged(String field, String before, String after) {
        browser.driver().$("#compare-" + field).shouldHave(Condition.cssClass("comparison-changed"),
                Condition.text("Changed"), Condition.text(before), Condition.text(after));
    }

    public void shouldMarkUnchanged(String field) {
        browser.driver().$("#compare-" + field).shouldBe(Condition.visible)
                .shouldNotHave(Condition.cssClass("comparison-changed"));
    }
}
