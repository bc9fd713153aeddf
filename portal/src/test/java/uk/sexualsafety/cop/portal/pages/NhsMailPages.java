package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** "Sign in with NHSmail" on the sign-in page, and asking to join after NHSmail proved the address. */
public class NhsMailPages {

    private final Browser browser;

    public NhsMailPages(Browser browser) {
        this.browser = browser;
    }

    public void shouldOfferNhsMail() {
        browser.driver().$("#sign-in-with-nhsmail").shouldBe(Condition.visible)
                .shouldHave(Condition.text("Sign in with NHSmail"));
    }

    /** Follows the button to NHSmail (the test provider signs the queued person in at once) and back. */
    public void signInWithNhsMail() {
        browser.driver().$("#sign-in-with-nhsmail").click();
        browser.driver().Wait().until(web -> !web.getCurrentUrl().contains("/oauth2/")
                && !web.getCurrentUrl().contains("/login/oauth2/") && !web.getCurrentUrl().contains("/nhsmail/"));
        browser.waitForVaadin();
    }

    public void shouldSay(String message) {
        browser.driver().$("#nhsmail-notice").shouldBe(Condition.visible).shouldHave(Condition.text(message));
    }

    public void shouldBeAskedToJoinAs(String email) {
        browser.driver().$("#proven-address").shouldHave(Condition.text(email));
    }

    public void askToJoin(String jobTitle, String organisation) {
        VaadinFields.type(browser, "job-title", jobTitle);
        VaadinFields.choose(browser, "organisation", organisation);
        VaadinFields.type(browser, "reason", "To share what our trust has learnt");
        VaadinFields.click(browser, "send-request");
    }

    public void shouldConfirmTheRequestWasSent() {
        browser.driver().$("#request-sent").shouldHave(Condition.text("your request has been sent"));
    }
}
