package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

/** "Ask to join the community", for visitors. */
public class JoinPage {

    /** The fields that can carry a message, by what the visitor sees. */
    public enum Field {
        FULL_NAME("full-name"), EMAIL("email"), JOB_TITLE("job-title"), ORGANISATION("organisation");

        private final String id;

        Field(String id) {
            this.id = id;
        }
    }

    private final Browser browser;

    public JoinPage(Browser browser) {
        this.browser = browser;
    }

    public static JoinPage open(Browser browser) {
        browser.open("/join");
        return new JoinPage(browser);
    }

    public void askToJoin(String fullName, String email, String jobTitle, String organisation) {
        VaadinFields.type(browser, "full-name", fullName);
        VaadinFields.type(browser, "email", email);
        VaadinFields.type(browser, "job-title", jobTitle);
        VaadinFields.choose(browser, "organisation", organisation);
        VaadinFields.type(browser, "reason", "To learn from other ambulance services");
        VaadinFields.click(browser, "send-request");
    }

    /** Corrects what the visitor typed in one field; {@link #send()} sends the request again. */
    public void correct(Field field, String value) {
        VaadinFields.type(browser, field.id, value);
    }

    public void send() {
        VaadinFields.click(browser, "send-request");
    }

    public void shouldShowMessage(Field field, String message) {
        VaadinFields.shouldShowMessage(browser, field.id, message);
    }

    public void shouldAcceptField(Field field) {
        VaadinFields.shouldBeValid(browser, field.id);
    }

    /** The same answer whatever the address's state. */
    public void shouldAskToCheckTheEmail(String address) {
        browser.driver().$("#request-sent").shouldHave(Condition.exactText("Check your email"));
        browser.driver().$("main, body").shouldHave(Condition.text("If " + address
                + " may join, we have sent it a link to confirm the address and choose your password."));
    }

    public void shouldStillBeAskingForDetails() {
        browser.driver().$("#send-request").shouldBe(Condition.visible);
        browser.driver().$("#request-sent").shouldNot(Condition.exist);
    }
}
