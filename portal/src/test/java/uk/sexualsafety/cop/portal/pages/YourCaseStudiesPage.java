package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The author's own case studies with their states. */
public class YourCaseStudiesPage {

    private final Browser browser;

    public YourCaseStudiesPage(Browser browser) {
        this.browser = browser;
    }

    public static YourCaseStudiesPage open(Browser browser) {
        browser.open("/case-studies/yours");
        browser.driver().$("#your-case-studies").shouldBe(Condition.visible);
        return new YourCaseStudiesPage(browser);
    }

    public void shouldShowStatus(long caseStudyId, String status) {
        browser.driver().$("#own-" + caseStudyId + "-status").shouldHave(Condition.text(status));
    }
}
