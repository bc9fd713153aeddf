package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** "Forgot your password". */
public class ForgotPasswordPage {

    private final Browser browser;

    public ForgotPasswordPage(Browser browser) {
        this.browser = browser;
        browser.driver().$("#send-link").shouldBe(Condition.visible);
    }

    public void askForALink(String email) {
        VaadinFields.type(browser, "email", email);
        VaadinFields.click(browser, "send-link");
    }

    /** The same answer for every address. */
    public void shouldAskToCheckTheEmail(String address) {
        browser.driver().$("#link-sent").shouldHave(Condition.exactText("Check your email"));
        browser.driver().$("body").shouldHave(Condition.text("If " + address
                + " has an account, we have sent it a link to choose a new password."));
    }
}
