package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.DownloadOptions;
import com.codeborne.selenide.FileDownloadMode;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.io.File;

/** "Your account": the signed-in person's own details and what they can do with their account. */
public class YourAccountPage {

    private final Browser browser;

    public YourAccountPage(Browser browser) {
        this.browser = browser;
    }

    public static YourAccountPage open(Browser browser) {
        browser.open("/account");
        return new YourAccountPage(browser);
    }

    public void shouldShowDetail(String text) {
        browser.driver().$("#account-details").shouldHave(Condition.text(text));
    }

    public void changePassword(String current, String password, String passwordAgain) {
        VaadinFields.type(browser, "current-password", current);
        VaadinFields.type(browser, "password", password);
        VaadinFields.type(browser, "password-again", passwordAgain);
        VaadinFields.click(browser, "change-password");
    }

    public void shouldShowPasswordMessage(String message) {
        VaadinFields.shouldShowMessage(browser, "password", message);
    }

    public void shouldShowCurrentPasswordMessage(String message) {
        VaadinFields.shouldShowMessage(browser, "current-password", message);
    }

    public void shouldConfirmThePasswordChanged(String message) {
        browser.driver().$("#password-changed").shouldHave(Condition.text(message));
    }

    /**
     * Follows "Download my data" as the browser would, with this browser's cookies (Selenide's HTTP download), and
     * returns the file the portal sent.
     */
    public File downloadMyData() {
        return browser.driver().$("#download-my-data").shouldBe(Condition.visible)
                .download(DownloadOptions.using(FileDownloadMode.HTTPGET));
    }
}
