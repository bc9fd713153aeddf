package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.Selectors;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.io.File;
import java.time.LocalDate;

/** The form that shares a policy, uploads a new version, or changes a policy's details. */
public class PolicyFormPage {

    private final Browser browser;

    public PolicyFormPage(Browser browser) {
        this.browser = browser;
    }

    public PolicyFormPage title(String title) {
        VaadinFields.type(browser, "policy-title", title);
        return this;
    }

    public PolicyFormPage kind(String label) {
        VaadinFields.choose(browser, "policy-type", label);
        return this;
    }

    public PolicyFormPage version(String label, LocalDate effective, LocalDate reviewDue) {
        VaadinFields.type(browser, "policy-version-label", label);
        date("policy-effective-on", effective);
        date("policy-review-due-on", reviewDue);
        return this;
    }

    public PolicyFormPage summary(String summary) {
        VaadinFields.type(browser, "policy-summary", summary);
        return this;
    }

    public PolicyFormPage addressing(String commitmentLabel) {
        browser.driver().$$("#policy-commitments vaadin-checkbox").findBy(Condition.text(commitmentLabel))
                .scrollIntoCenter().click();
        browser.waitForVaadin();
        return this;
    }

    /** Chooses the file through the upload's own file input, and waits for the server's verdict on it. */
    public PolicyFormPage chooseFile(File file) {
        browser.driver().$(Selectors.shadowCss("input[type='file']", "#policy-file")).uploadFile(file);
        browser.driver().$("#policy-file-status").shouldHave(Condition.text("characters of text"));
        browser.waitForVaadin();
        return this;
    }

    public void chooseFileExpectingRefusal(File file, String message) {
        browser.driver().$(Selectors.shadowCss("input[type='file']", "#policy-file")).uploadFile(file);
        browser.driver().$("#policy-file-error").shouldHave(Condition.text(message));
    }

    public PolicyPage share() {
        VaadinFields.click(browser, "share-policy");
        return new PolicyPage(browser);
    }

    public void shareExpectingProblems() {
        VaadinFields.click(browser, "share-policy");
    }

    public PolicyPage uploadVersion() {
        VaadinFields.click(browser, "upload-version");
        return new PolicyPage(browser);
    }

    public PolicyFormPage nextReview(LocalDate reviewDue) {
        date("policy-review-due-on", reviewDue);
        return this;
    }

    /** Types the next review's date as a person does, in the order they write it, and leaves the field. */
    public PolicyFormPage typeNextReview(String written) {
        SelenideElement picker = browser.driver().$("#policy-review-due-on");
        SelenideElement input = picker.$("input");
        input.clear();
        input.setValue(written);
        // Typing opens the calendar; Enter then takes the typed date and closes it.
        picker.shouldHave(Condition.attribute("opened", "true"));
        input.pressEnter();
        picker.shouldNotHave(Condition.attribute("opened", "true"));
        browser.waitForVaadin();
        return this;
    }

    /** The date as the field shows it once typed: day, month, year, with or without a leading zero. */
    public void shouldShowNextReviewAs(int day, int month, int year) {
        java.util.regex.Pattern dayFirst = java.util.regex.Pattern.compile("0?" + day + "/0?" + month + "/" + year);
        browser.driver().$("#policy-review-due-on input").shouldHave(Condition.match("day first " + dayFirst,
                input -> dayFirst.matcher(String.valueOf(input.getDomProperty("value"))).matches()));
    }

    public PolicyPage save() {
        VaadinFields.click(browser, "save-policy");
        return new PolicyPage(browser);
    }

    public void shouldShowMessage(String fieldId, String message) {
        VaadinFields.shouldShowMessage(browser, fieldId, message);
    }

    public void shouldStillHold(String fieldId, String value) {
        browser.driver().$("#" + fieldId).shouldHave(Condition.value(value));
    }

    /** Sets a date picker's value as its calendar does, so the test does not depend on the locale's format. */
    private void date(String pickerId, LocalDate date) {
        VaadinFields.date(browser, pickerId, date);
    }
}
