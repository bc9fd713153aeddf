package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.time.Duration;

/** The administrators' page of the search index: what it holds, and rebuilding it with a progress bar. */
public class SearchIndexPage {

    /** A rebuild of the test database takes seconds; this leaves room for a slow, shared machine. */
    private static final Duration REBUILD = Duration.ofSeconds(90);

    private final Browser browser;

    public SearchIndexPage(Browser browser) {
        this.browser = browser;
    }

    public static SearchIndexPage open(Browser browser) {
        browser.open("/admin/search-index");
        browser.driver().$("#index-documents").shouldBe(Condition.visible);
        return new SearchIndexPage(browser);
    }

    public void shouldShowItemsInTheIndex() {
        browser.driver().$("#index-documents").shouldHave(Condition.matchText("Items in the index: [0-9,]+\\."));
    }

    /** Asks to rebuild; the confirmation stays open. */
    public void startRebuilding() {
        VaadinFields.click(browser, "rebuild-index");
        browser.driver().$("#rebuild-dialog-confirm").shouldBe(Condition.visible);
    }

    public void shouldWarnAboutPartialResults() {
        browser.driver().$("#rebuild-dialog-question").shouldHave(Condition.text("searches show partial results"));
    }

    public void confirmRebuilding() {
        VaadinFields.click(browser, "rebuild-dialog-confirm");
        browser.driver().$("#rebuild-dialog").shouldNot(Condition.exist);
    }

    /** The progress bar, its label, and its end: full, with every item counted. */
    public void shouldShowTheProgressBarReachItsEnd() {
        browser.driver().$("#rebuild-progress").shouldBe(Condition.visible)
                .shouldHave(Condition.attribute("aria-labelledby", "rebuild-progress-label"));
        browser.driver().$("#rebuild-progress").shouldHave(Condition.attribute("aria-valuenow", "1"), REBUILD);
        browser.driver().$("#rebuild-progress-label").shouldHave(Condition.matchText("([0-9,]+) of \\1 items"));
    }

    /** The final message, with the number of items the index holds; returns that number as shown. */
    public String shouldSayFinished() {
        String message = browser.driver().$("#rebuild-finished")
                .shouldHave(Condition.matchText("The search index was rebuilt in .+: "
                        + "it holds [0-9,]+ published items\\."), REBUILD)
                .getText();
        return message.replaceAll("^.*: it holds ([0-9,]+) published items\\.$", "$1");
    }

    public void shouldShowItemsInTheIndex(String count) {
        browser.driver().$("#index-documents").shouldHave(Condition.exactText("Items in the index: " + count + "."));
    }

    public void shouldShowLastRebuildBy(String administrator) {
        browser.driver().$("#rebuild-status").shouldHave(Condition.text("The last rebuild finished at"),
                Condition.text("started by " + administrator));
    }

    public void shouldOfferRebuilding() {
        browser.driver().$("#rebuild-index").shouldNotHave(Condition.attribute("disabled"));
    }
}
