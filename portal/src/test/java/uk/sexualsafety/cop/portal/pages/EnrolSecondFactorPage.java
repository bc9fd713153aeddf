package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up an authenticator app, at the first sign-in or from "Your account". */
public class EnrolSecondFactorPage {

    private final Browser browser;

    public EnrolSecondFactorPage(Browser browser) {
        this.browser = browser;
    }

    public void shouldBeShown() {
        browser.driver().$("#secret-key").shouldBe(Condition.visible);
    }

    /** The QR code is an image the browser loaded from the portal, not an inline data address. */
    public void shouldShowAQrCode() {
        var image = browser.driver().$("#qr-code");
        image.shouldBe(Condition.visible).shouldBe(Condition.image);
        assertThat(image.getAttribute("src")).doesNotStartWith("data:");
    }

    /** The key written out beside the QR code, as a person types it into their app. */
    public String secret() {
        return browser.driver().$("#secret-key").shouldBe(Condition.visible).getText().replace(" ", "");
    }

    public void confirmWith(String code) {
        browser.driver().$("#enrol-code input").setValue(code);
        browser.driver().$("#confirm-enrolment").scrollIntoView("{block: 'center'}").click();
        browser.waitForVaadin();
    }

    public void shouldRefuseTheCode(String message) {
        browser.driver().$("#enrol-code [slot='error-message']").shouldHave(Condition.text(message));
    }

    public List<String> recoveryCodes() {
        return browser.driver().$$("#recovery-codes li").shouldHave(CollectionCondition.size(10)).texts();
    }

    public void carryOn() {
        browser.driver().$("#continue-after-recovery-codes").scrollIntoView("{block: 'center'}").click();
        browser.waitForVaadin();
    }
}
