package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.time.Duration;

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
public class SecondFactorPage {

    private static final String CODE = "#second-factor-code";

    private final Browser browser;

    public SecondFactorPage(Browser browser) {
        this.browser = browser;
    }

    public static boolean isShown(Browser browser) {
        String url = browser.driver().url();
        return url.contains("/second-factor") && !url.contains("/second-factor/enrol");
    }

    public void shouldBeShown() {
        browser.driver().$(CODE).shouldBe(Condition.visible);
    }

    /** Types the code and continues; returns once the portal has opened or refused it. */
    public void enterCode(String code) {
        var driver = browser.driver();
        driver.$(CODE + " input").setValue(code);
        driver.$("#verify-code").scrollIntoView("{block: 'center'}").click();
        new WebDriverWait(driver.getWebDriver(), Duration.ofSeconds(15)).until(web ->
                !web.getCurrentUrl().contains("/second-factor")
                        || driver.$(CODE).has(Condition.attribute("invalid")));
        browser.waitForVaadin();
    }

    public boolean refused() {
        return isShown(browser) && browser.driver().$(CODE).has(Condition.attribute("invalid"));
    }

    public void shouldRefuseWith(String message) {
        browser.driver().$(CODE + " [slot='error-message']").shouldHave(Condition.text(message));
    }

    public void cancel() {
        browser.driver().$("#cancel-second-factor").click();
        browser.waitForVaadin();
    }
}
