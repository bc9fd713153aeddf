package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Where the link in a "choose a new password" email opens. */
public class ResetPasswordPage {

    private final Browser browser;

    public ResetPasswordPage(Browser browser) {
        this.browser = browser;
    }

    public static ResetPasswordPage open(Browser browser, String linkPath) {
        browser.open(linkPath);
        return new ResetPasswordPage(browser);
    }

    public void shouldBeFor(String email) {
        browser.driver().$("#reset-account").shouldHave(Condition.text(email));
    }

    public void choose(String password, String passwordAgain) {
        VaadinFields.type(browser, "password", password);
        VaadinFields.type(browser, "password-again", passwordAgain);
        VaadinFields.click(browser, "save-password");
    }

    public void shouldShowPasswordMessage(String message) {
        VaadinFields.shouldShowMessage(browser, "password", message);
    }

    public void shouldConfirmThePasswordChanged() {
        browser.driver().$("#password-changed").shouldHave(Condition.exactText("Your password has been changed"));
    }

    public void shouldSayTheLinkNoLongerWorks() {
        browser.driver().$("#link-no-longer-works").shouldHave(Condition.exactText("This link no longer works"));
    }

    public ForgotPasswordPage askForANewLink() {
        browser.driver().$("#ask-again").click();
        browser.waitForVaadin();
        return new ForgotPasswordPage(browser);
    }
}
