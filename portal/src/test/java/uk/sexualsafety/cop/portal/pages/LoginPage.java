package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selectors;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.secondfactor.AuthenticatorApp;

import java.time.Duration;

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

    /**
     * Signs in with a password. An account whose roles need a second factor is then asked for a code: this answers
     * it as the app of a test account would ({@link TestAccounts#SECOND_FACTOR_SECRET}), so that journeys of
     * administrators, moderators and coordinators read as before.
     */
    public void signInAs(String email, String password) {
        signInWithPasswordOnly(email, password);
        if (SecondFactorPage.isShown(browser)) {
            answerSecondFactor(new AuthenticatorApp(TestAccounts.SECOND_FACTOR_SECRET));
        }
    }

    /** Signs in with a password and stops at whatever page comes next (for tests of the second step itself). */
    public void signInWithPasswordOnly(String email, String password) {
        var driver = browser.driver();
        WebElement form = driver.$("vaadin-login-form").toWebElement();
        driver.$("vaadin-login-form input[name='username']").setValue(email);
        driver.$("vaadin-login-form input[name='password']").setValue(password);
        driver.$("vaadin-login-form vaadin-button[slot='submit']").click();
        try {
            // The form posts natively: the page it leaves goes stale.
            new WebDriverWait(driver.getWebDriver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
        } catch (TimeoutException notSent) {
            // The form refused to send (an empty field): the page stays, as a person would see it.
        }
        browser.waitForVaadin();
    }

    /** A code accepted once is refused again for 30 seconds: then the app's next code is the one to give. */
    private void answerSecondFactor(AuthenticatorApp app) {
        SecondFactorPage secondFactor = new SecondFactorPage(browser);
        secondFactor.enterCode(app.codeNow());
        if (secondFactor.refused()) {
            secondFactor.enterCode(app.nextCode());
        }
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
