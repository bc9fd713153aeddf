package uk.sexualsafety.cop.portal.password.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.ClientAddress;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.password.PasswordReset;
import uk.sexualsafety.cop.portal.security.ui.LoginView;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/** "Forgot your password": a link to choose a new one, by email. The page answers the same for every address. */
@Route(value = PasswordReset.FORGOT_PATH, layout = MainLayout.class)
@PageTitle("Forgot your password | Sexual Safety Community of Practice")
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout {

    private final PasswordReset reset;
    private final EmailField email = new EmailField("Email address");
    private final Div messages = new Div();

    ForgotPasswordView(PasswordReset reset) {
        this.reset = reset;
        setMaxWidth("48rem");
        email.setId("email");
        email.setHelperText("The address you sign in with");
        email.setWidthFull();
        Button send = new Button("Send me a link", click -> send());
        send.setId("send-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password"),
                new Paragraph("We will email you a link to choose a new password. Choosing one signs your account "
                        + "out everywhere else."),
                email, messages, send);
    }

    private void send() {
        email.setInvalid(false);
        messages.removeAll();
        try {
            reset.requestLink(email.getValue(), ClientAddress.current());
            showSent(email.getValue().strip());
        } catch (InvalidInputException invalid) {
            email.setErrorMessage(invalid.problems().get(PasswordReset.EMAIL));
            email.setInvalid(true);
        } catch (TooManyAttemptsException throttled) {
            messages.add(Notice.problem("reset-throttled", throttled.getMessage()));
        }
    }

    private void showSent(String address) {
        removeAll();
        H2 heading = new H2("Check your email");
        heading.setId("link-sent");
        RouterLink signIn = new RouterLink("Back to sign in", LoginView.class);
        // The same words for every address: only an account's owner learns more, by email.
        add(new H1("Forgot your password"), heading,
                new Paragraph("If " + address + " has an account, we have sent it a link to choose a new password. "
                        + "The link works once, for " + reset.linkValidMinutes() + " minutes."),
                new Paragraph("No email after a few minutes? Check your junk folder, and that the address is the one "
                        + "you sign in with. We send at most one link a minute."),
                new Paragraph(signIn));
    }
}
