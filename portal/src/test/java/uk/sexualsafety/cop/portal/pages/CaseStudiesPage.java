package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The library of published case studies. */
public class CaseStudiesPage {

    private final Browser browser;

    public CaseStudiesPage(Browser browser) {
        this.browser = browser;
    }

    public static CaseStudiesPage open(Browser browser) {
        browser.open("/case-studies");
        browser.driver().$("#case-study-count").shouldBe(Condition.visible);
        return new CaseStudiesPage(browser);
    }

    public CaseStudiesPage filterByTheme(String theme) {
        browser.driver().$("#theme-filter").click();
        browser.driver().$$("vaadin-select-item").findBy(Condition.exactText(theme)).click();
        browser.waitForVaadin();
        return this;
    }

    public void shouldList(String title) {
        card(title).shouldBe(Condition.visible);
    }

    public void shouldNotList(String title) {
        browser.driver().$$("#case-studies a").findBy(Condition.exactText(title)).shouldNot(Condition.exist);
    }

    public CaseStudyPage read(String title) {
        card(title).scrollIntoCenter().click();
        browser.waitForVaadin();
        return new CaseStudyPage(browser).shouldShowTitle(title);
    }

    /** The title's link, showing further pages while it is not among those shown. */
    private SelenideElement card(String title) {
        SelenideElement link = browser.driver().$$("#case-studies a").findBy(Condition.exactText(title));
        while (!link.exists() && browser.driver().$("#more-case-studies").isDisplayed()) {
            VaadinFields.click(browser, "more-case-studies");
        }
        return link;
    }
}
