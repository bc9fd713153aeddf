package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Writing or revising a case study: the form, the check of what could identify someone, and sending it. */
public class CaseStudyEditorPage {

    private final Browser browser;

    public CaseStudyEditorPage(Browser browser) {
        this.browser = browser;
    }

    public static CaseStudyEditorPage openNew(Browser browser) {
        browser.open("/case-studies/new");
        browser.driver().$("#editor-heading").shouldBe(Condition.visible);
        return new CaseStudyEditorPage(browser);
    }

    public static CaseStudyEditorPage openToEdit(Browser browser, long caseStudyId) {
        browser.open("/case-studies/" + caseStudyId + "/edit");
        browser.driver().$("#editor-heading").shouldBe(Condition.visible);
        return new CaseStudyEditorPage(browser);
    }

    /** Fills in everything a case study needs, around the given title and account. */
    public CaseStudyEditorPage write(String title, String account) {
        type("title", title);
        type("summary", "A crew mate's messages to a student on placement, raised away from her mentor.");
        choose("harmStructure", "Colleague to colleague");
        choose("raisedVia", "Through Freedom to Speak Up");
        type("account", account);
        type("riskAssessment", "Risks to everyone involved were assessed within a day.");
        choose("policeInvolvement", "The police were not involved");
        type("outcome", "A final written warning.");
        type("learningPoints", "Students need a route that does not depend on their mentor.");
        type("reflectionQuestions", "What would have helped her speak up sooner?");
        tick("themes", "Students and learners");
        return this;
    }

    public CaseStudyEditorPage changeOutcome(String outcome) {
        type("outcome", outcome);
        return this;
    }

    public CaseStudyEditorPage checkIt() {
        VaadinFields.click(browser, "check-case-study");
        return this;
    }

    public void shouldShowMessage(String field, String message) {
        VaadinFields.shouldShowMessage(browser, "cs-" + field, message);
    }

    public void shouldShowPreview() {
        browser.driver().$("#preview-heading").shouldBe(Condition.visible);
    }

    /** The anonymiser's proposal in one text, and the preview of that text with the replacement marked. */
    public void shouldOfferToReplace(String field, String found, String replacement) {
        browser.driver().$("#check-" + field + "-findings").shouldHave(Condition.text("Replace \u201C" + found
                + "\u201D with " + replacement));
        browser.driver().$("#check-" + field + "-preview mark").shouldHave(Condition.text(replacement));
    }

    public void send() {
        VaadinFields.click(browser, "submit-case-study");
        browser.driver().$("#case-study-sent").shouldBe(Condition.visible);
    }

    private void type(String field, String text) {
        VaadinFields.type(browser, "cs-" + field, text);
    }

    private void choose(String field, String label) {
        browser.driver().$$("#cs-" + field + " vaadin-radio-button").findBy(Condition.text(label))
                .scrollIntoCenter().click();
    }

    private void tick(String field, String label) {
        browser.driver().$$("#cs-" + field + " vaadin-checkbox").findBy(Condition.text(label))
                .scrollIntoCenter().click();
    }
}
