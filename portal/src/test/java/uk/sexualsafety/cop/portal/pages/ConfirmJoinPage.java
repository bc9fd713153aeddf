package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** Where the link in a "confirm your email address" email opens. */
public class ConfirmJoinPage {

    private final Browser browser;

    public ConfirmJoinPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the link's path, as the applicant's browser does from the email. */
    public static ConfirmJoinPage open(Browser browser, String linkPath) {
        browser.open(linkPath);
        return new ConfirmJoinPage(browser);
    }

    public void shouldShowTheRequest(String... details) {
        for (String detail : details) {
            browser.driver().$("#request-details").shouldHave(Condition.text(detail));
        }
    }

    public void confirmWithPassword(String password, String passwordAgain) {
        VaadinFields.type(browser, "password", password);
        VaadinFields.type(browser, "password-again", passwordAgain);
        VaadinFields.click(browser, "confirm-request");
    }

    public void shouldShowPasswordMessage(String message) {
        VaadinFields.shouldShowMessage(browser, "password", message);
    }

    public void shouldConfirmTheRequestWasSent() {
        browser.driver().$("#request-confirmed").shouldHave(Condition.text("your request has been sent"));
    }

    public void shouldSayTheLinkNoLongerWorks() {
        browser.driver().$("#link-no-longer-works").shouldHave(Condition.exactText("This link no longer works"));
        browser.driver().$("#ask-again").shouldBe(Condition.visible);
    }

    public JoinPage askAgain() {
        browser.driver().$("#ask-again").click();
        browser.waitForVaadin();
        browser.driver().$("#send-request").shouldBe(Condition.visible);
        return new JoinPage(browser);
    }
}
