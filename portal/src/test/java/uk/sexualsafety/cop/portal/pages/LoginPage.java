package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selectors;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The sign-in page. */
public class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("/login");
        return new LoginPage(browser);
    }

    public void signInAs(String email, String password) {
        var driver = browser.driver();
        driver.$("vaadin-login-form input[name='username']").setValue(email);
        driver.$("vaadin-login-form input[name='password']").setValue(password);
        driver.$("vaadin-login-form vaadin-button[slot='submit']").click();
        browser.waitForVaadin();
    }

    public void shouldShowError(String title) {
        browser.driver().$(Selectors.shadowCss("[part='error-message']", "vaadin-login-form",
                "vaadin-login-form-wrapper")).shouldHave(Condition.text(title));
    }

    public void shouldBeShown() {
        browser.driver().$("#login-form").shouldBe(Condition.visible);
    }

    public ForgotPasswordPage forgotPassword() {
        browser.driver().$("vaadin-login-form vaadin-button[slot='forgot-password']").click();
        browser.waitForVaadin();
        return new ForgotPasswordPage(browser);
    }
}
