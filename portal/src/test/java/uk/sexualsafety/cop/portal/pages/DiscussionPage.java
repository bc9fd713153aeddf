package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The discussion under a case study's reading page, and the moderators' page of trusted commenters. */
public class DiscussionPage {

    private final Browser browser;

    public DiscussionPage(Browser browser) {
        this.browser = browser;
    }

    public static DiscussionPage open(Browser browser, long caseStudyId) {
        browser.open("/case-studies/" + caseStudyId);
        browser.driver().$("#discussion").shouldBe(Condition.visible);
        return new DiscussionPage(browser);
    }

    public void comment(String text) {
        VaadinFields.type(browser, "new-comment", text);
        VaadinFields.click(browser, "send-comment");
    }

    public void shouldSayWaitingForModeration() {
        browser.driver().$("#comment-sent").shouldHave(Condition.text("waiting for a moderator"));
    }

    public void shouldSayPublishedAtOnce() {
        browser.driver().$("#comment-sent").shouldHave(Condition.text("Your comment is published"));
    }

    public void shouldAskForAComment() {
        VaadinFields.shouldShowMessage(browser, "new-comment", "Write your comment");
    }

    public void shouldShowOwnStatus(String text, String status) {
        commentWith(text).$(".comment-status").shouldHave(Condition.text(status));
    }

    public void shouldShow(String text) {
        commentWith(text).shouldBe(Condition.visible);
    }

    public void shouldNotShow(String text) {
        browser.driver().$("#comments").shouldBe(Condition.visible);
        browser.driver().$$("#comments li.comment").filterBy(Condition.text(text))
                .shouldBe(CollectionCondition.empty);
    }

    public void reply(String to, String text) {
        SelenideElement comment = commentWith(to);
        String id = comment.getAttribute("id").substring("comment-".length());
        VaadinFields.click(browser, "reply-" + id);
        VaadinFields.type(browser, "reply-text-" + id, text);
        VaadinFields.click(browser, "send-reply-" + id);
    }

    public void startFlagging(String text) {
        SelenideElement comment = commentWith(text);
        String id = comment.getAttribute("id").substring("comment-".length());
        VaadinFields.click(browser, "flag-" + id);
        browser.driver().$("#flag-dialog").shouldBe(Condition.visible);
    }

    public void confirmFlagWithoutAReason() {
        VaadinFields.click(browser, "flag-confirm");
        VaadinFields.shouldShowMessage(browser, "flag-reason", "Choose why you are flagging this comment");
    }

    public void confirmFlagFor(String reason) {
        browser.driver().$$("#flag-reason vaadin-radio-button").findBy(Condition.text(reason)).click();
        VaadinFields.click(browser, "flag-confirm");
        browser.driver().$("#comment-flagged").shouldHave(Condition.text("Thank you"));
    }

    public void shouldSayFlaggedByMe(String text) {
        commentWith(text).shouldHave(Condition.text("You flagged this comment"));
    }

    public static void trust(Browser browser, String email) {
        browser.open("/moderation/trusted-commenters");
        VaadinFields.type(browser, "trusted-email", email);
        VaadinFields.click(browser, "trust-member");
        browser.driver().$("#member-trusted").shouldHave(Condition.text("now appear before review"));
    }

    /** The innermost comment with the text: a comment's item holds its replies, which come after it. */
    private SelenideElement commentWith(String text) {
        return browser.driver().$$("#comments li.comment").filterBy(Condition.text(text)).last()
                .shouldBe(Condition.visible);
    }
}
