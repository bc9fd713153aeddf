package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.time.LocalDate;

/** The organisation's self-assessments: the list where a period is started, and one assessment's editor. */
public class AssessmentPages {

    private final Browser browser;

    private AssessmentPages(Browser browser) {
        this.browser = browser;
    }

    public static AssessmentPages openList(Browser browser) {
        browser.open("/assessments");
        browser.driver().$("#start-assessment").shouldBe(Condition.visible);
        return new AssessmentPages(browser);
    }

    public static AssessmentPages openAssessment(Browser browser, long id) {
        browser.open("/assessments/" + id);
        // Either the assessment or the page saying it is not available to this person.
        browser.driver().$("#assessment-status, #assessment-missing").shouldBe(Condition.visible);
        return new AssessmentPages(browser);
    }

    /** Starts an assessment of the period first offered, and lands in its editor. */
    public AssessmentPages startAssessment() {
        VaadinFields.click(browser, "start-assessment");
        browser.driver().$("#assessment-status").shouldHave(Condition.text("Draft"));
        return this;
    }

    /** The assessment's id, from the address the editor is at. */
    public long id() {
        String url = browser.driver().webdriver().driver().url();
        return Long.parseLong(url.replaceAll(".*/assessments/(\\d+).*", "$1"));
    }

    public AssessmentPages chooseLevel(String code, int level) {
        // The choices are in level order; their labels also carry the descriptors.
        levelChoice(code, level).scrollIntoCenter().click();
        levelChoice(code, level).shouldHave(Condition.attribute("checked"));
        return this;
    }

    public AssessmentPages shouldShowDescriptorBeside(String code, int level, String descriptor) {
        levelChoice(code, level).shouldHave(Condition.text("Level " + level + ": " + descriptor));
        return this;
    }

    private com.codeborne.selenide.SelenideElement levelChoice(String code, int level) {
        return browser.driver().$$("#item-" + code.toLowerCase() + "-level vaadin-radio-button").get(level - 1);
    }

    public AssessmentPages writeEvidence(String code, String text) {
        VaadinFields.type(browser, "item-" + code.toLowerCase() + "-evidence", text);
        return this;
    }

    /** Opens the anonymiser's preview of an item's evidence. */
    public AssessmentPages checkEvidence(String code) {
        VaadinFields.click(browser, "item-" + code.toLowerCase() + "-check");
        browser.driver().$("#evidence-check-dialog").shouldBe(Condition.exist);
        return this;
    }

    public AssessmentPages shouldOfferToReplace(String original, String replacement) {
        browser.driver().$("#evidence-check-findings").shouldHave(Condition.text("Replace \u201C" + original
                + "\u201D with " + replacement));
        return this;
    }

    public AssessmentPages useCheckedVersion() {
        VaadinFields.click(browser, "evidence-check-apply");
        browser.driver().$("#evidence-check-dialog").shouldNot(Condition.exist);
        return this;
    }

    public AssessmentPages shouldHaveEvidence(String code, String text) {
        browser.driver().$("#item-" + code.toLowerCase() + "-evidence textarea").shouldHave(Condition.value(text));
        return this;
    }

    public AssessmentPages addAction(String code, String what, String ownerRole, LocalDate due) {
        String prefix = "item-" + code.toLowerCase();
        VaadinFields.click(browser, prefix + "-actions-add");
        VaadinFields.type(browser, prefix + "-action-0-what", what);
        VaadinFields.type(browser, prefix + "-action-0-owner", ownerRole);
        VaadinFields.date(browser, prefix + "-action-0-due", due);
        return this;
    }

    public AssessmentPages save() {
        VaadinFields.click(browser, "save-assessment");
        browser.driver().$("#assessment-saved").shouldHave(Condition.text("Draft saved."));
        return this;
    }

    public AssessmentPages submit() {
        VaadinFields.click(browser, "submit-assessment");
        browser.driver().$("#assessment-status").shouldHave(Condition.text("Waiting for sign-off"));
        return this;
    }

    public AssessmentPages shouldNotOfferSignOff() {
        browser.driver().$("#assessment-actions").shouldBe(Condition.visible);
        browser.driver().$("#sign-off-assessment").shouldNot(Condition.exist);
        return this;
    }

    public AssessmentPages signOff() {
        VaadinFields.click(browser, "sign-off-assessment");
        browser.driver().$("#assessment-status").shouldHave(Condition.text("Signed off"));
        return this;
    }

    public AssessmentPages shouldBeReadOnly() {
        browser.driver().$("#save-assessment").shouldNot(Condition.exist);
        browser.driver().$("#item-c1-evidence").shouldHave(Condition.attribute("readonly"));
        return this;
    }

    public AssessmentPages shouldShowAction(String code, String what) {
        browser.driver().$("#item-" + code.toLowerCase() + "-action-0-what input").shouldHave(Condition.value(what));
        return this;
    }

    public AssessmentPages shouldOfferCsv() {
        browser.driver().$("#assessment-csv").shouldHave(Condition.text("Download items and actions (CSV)"),
                Condition.attribute("href"));
        return this;
    }

    public void shouldSayNotAvailable() {
        browser.driver().$("#assessment-missing").shouldHave(Condition.text("not available"));
    }
}
