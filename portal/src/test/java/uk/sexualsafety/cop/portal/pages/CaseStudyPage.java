package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;

/** One case study as a reader sees it. */
public class CaseStudyPage {

    private final Browser browser;

    public CaseStudyPage(Browser browser) {
        this.browser = browser;
    }

    public static CaseStudyPage open(Browser browser, long caseStudyId) {
        browser.open("/case-studies/" + caseStudyId);
        return new CaseStudyPage(browser);
    }

    public CaseStudyPage shouldShowTitle(String title) {
        browser.driver().$("#case-study-title").shouldHave(Condition.exactText(title));
        return this;
    }

    /** Summary, account, response, outcome, learning points, then the questions, and last the versions. */
    public void shouldReadInLearningOrder() {
        browser.driver().$$("h2[id^='section-']").shouldHave(CollectionCondition.attributes("id", List.of(
                "section-summary", "section-account", "section-response", "section-outcome", "section-learning",
                "section-questions", "section-tags", "section-versions")));
    }

    public void shouldShowVersion(int number) {
        browser.driver().$("#case-study-meta").shouldHave(Condition.text("Version " + number));
    }

    public void shouldSay(String field, String text) {
        browser.driver().$("#field-" + field).shouldHave(Condition.text(text));
    }

    public void shouldLeaveRoomForTheDiscussion() {
        browser.driver().$("#discussion").should(Condition.exist);
    }

    /** The case study's id, from the address. */
    public long id() {
        String path = browser.driver().url().replaceAll("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    public CompareVersionsPage compareVersions(int from, int to) {
        browser.driver().$("#compare-from").shouldHave(Condition.text("Version " + from));
        browser.driver().$("#compare-to").shouldHave(Condition.text("Version " + to));
        VaadinFields.click(browser, "compare-versions");
        return new CompareVersionsPage(browser).shouldCompare(from, to);
    }

    public void shouldNotOfferComparison() {
        browser.driver().$("#compare-versions").shouldNot(Condition.exist);
    }
}
