package uk.sexualsafety.cop.portal.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.home.ui.HomeView;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import org.springframework.beans.factory.ObjectProvider;
import uk.sexualsafety.cop.portal.member.ui.JoinView;
import uk.sexualsafety.cop.portal.nhsmail.NhsMailSignIn;
import uk.sexualsafety.cop.portal.nhsmail.ui.NhsMailButton;
import uk.sexualsafety.cop.portal.security.CurrentUser;

/** Sign in with an email address and password; the form posts to Spring Security. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Sign in | Sexual Safety Community of Practice")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final NhsMailButton nhsMail;

    LoginView(CurrentUser currentUser, ObjectProvider<NhsMailSignIn> nhsMailSignIn) {
        this.currentUser = currentUser;
        setAlignItems(Alignment.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(messages(false));
        Paragraph join = new Paragraph("Not a member yet? ");
        join.add(new RouterLink("Ask to join the community", JoinView.class));
        add(new H2("Sign in"), form, join);
        // Only when NHSmail is configured (decision 032).
        nhsMail = nhsMailSignIn.stream().findFirst().map(NhsMailButton::new).orElse(null);
        if (nhsMail != null) {
            addComponentAtIndex(1, nhsMail);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (nhsMail != null) {
            nhsMail.show(parameters);
        }
        if (parameters.containsKey("throttled")) {
            form.setI18n(messages(true));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    private static LoginI18n messages(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setHeader(null);
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("Your account");
        texts.setUsername("Email address");
        texts.setPassword("Password");
        texts.setSubmit("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled) {
            error.setTitle("Too many attempts");
            error.setMessage("For your security, signing in is paused for a few minutes after several failed "
                    + "attempts. Please wait and try again.");
        } else {
            // The same words whether or not the account exists.
            error.setTitle("Incorrect email address or password");
            error.setMessage("Check that you have entered your email address and password correctly, and try again.");
        }
        return i18n;
    }
}
