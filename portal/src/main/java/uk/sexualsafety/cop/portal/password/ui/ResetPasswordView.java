package uk.sexualsafety.cop.portal.password.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.emaillink.EmailLinks;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.password.PasswordReset;
import uk.sexualsafety.cop.portal.security.ui.LoginView;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/**
 * Where the link in a "forgot your password" email opens: choose a new password. Opening the page changes nothing
 * (mail scanners open links too); only saving the new password uses the link up.
 */
@Route(value = EmailLinks.RESET_PASSWORD_PATH + "/:token", layout = MainLayout.class)
@PageTitle("Choose a new password | Sexual Safety Community of Practice")
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final PasswordReset reset;
    private final NewPasswordFields password = new NewPasswordFields("New password");
    private String token;

    ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        reset.accountFor(token).ifPresentOrElse(this::showForm, this::showLinkNoLongerWorks);
    }

    private void showForm(String email) {
        Paragraph account = new Paragraph("For the account " + email + ".");
        account.setId("reset-account");
        Button save = new Button("Save my new password", click -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Choose a new password"), account,
                new Paragraph("Saving it signs your account out everywhere it is signed in."), password, save);
    }

    private void save() {
        password.clearProblems();
        try {
            reset.reset(token, password.value());
            removeAll();
            H2 heading = new H2("Your password has been changed");
            heading.setId("password-changed");
            RouterLink signIn = new RouterLink("Sign in with your new password", LoginView.class);
            signIn.setId("sign-in");
            add(new H1("Choose a new password"), heading,
                    new Paragraph("Your account has been signed out everywhere else."), new Paragraph(signIn));
        } catch (InvalidInputException invalid) {
            password.showProblems(invalid.problems());
        } catch (LinkNoLongerWorksException gone) {
            removeAll();
            showLinkNoLongerWorks();
        }
    }

    private void showLinkNoLongerWorks() {
        H2 heading = new H2("This link no longer works");
        heading.setId("link-no-longer-works");
        RouterLink again = new RouterLink("Ask for a new link", ForgotPasswordView.class);
        again.setId("ask-again");
        add(new H1("Choose a new password"), heading,
                new Paragraph("A link to choose a new password works once, for " + reset.linkValidMinutes()
                        + " minutes, and only the newest one you were sent. Your password has not changed."),
                new Paragraph(again));
    }
}
