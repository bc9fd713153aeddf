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
import uk.sexualsafety.cop.portal.nhsmail.ui.NhsMailButton;
import uk.sexualsafety.cop.portal.password.PasswordReset;
import uk.sexualsafety.cop.portal.security.CurrentUser;

/** Sign in with an email address and password; the form posts to Spring Security. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Sign in | Sexual Safety Community of Practice")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter of a sign-in refused because it did not carry this page's token (decision 035). */
    public static final String REFUSED = "refused";

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private final NhsMailButton nhsMail;

    LoginView(CurrentUser currentUser, ObjectProvider<NhsMailButton> nhsMailButton) {
        this.currentUser = currentUser;
        setAlignItems(Alignment.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.addForgotPasswordListener(forgot -> form.getUI().ifPresent(ui -> ui.navigate(PasswordReset.FORGOT_PATH)));
        form.setI18n(messages(Refusal.WRONG_DETAILS));
        Paragraph join = new Paragraph("Not a member yet? ");
        join.add(new RouterLink("Ask to join the community", JoinView.class));
        add(new H2("Sign in"), form, join);
        // Only when NHSmail is configured (decision 032).
        nhsMail = nhsMailButton.getIfAvailable();
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
            form.setI18n(messages(Refusal.THROTTLED));
            form.setError(true);
        } else if (parameters.containsKey(REFUSED)) {
            form.setI18n(messages(Refusal.NOT_FROM_THIS_PAGE));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    private enum Refusal { WRONG_DETAILS, THROTTLED, NOT_FROM_THIS_PAGE }

    private static LoginI18n messages(Refusal refusal) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setHeader(null);
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("Your account");
        texts.setUsername("Email address");
        texts.setPassword("Password");
        texts.setSubmit("Sign in");
        texts.setForgotPassword("Forgot your password?");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (refusal == Refusal.THROTTLED) {
            error.setTitle("Too many attempts");
            error.setMessage("For your security, signing in is paused for a few minutes after several failed "
                    + "attempts. Please wait and try again.");
        } else if (refusal == Refusal.NOT_FROM_THIS_PAGE) {
            error.setTitle("Please sign in on this page");
            error.setMessage("We could not accept that sign-in: it did not come from this page, or the page had "
                    + "been open for a long time. Enter your email address and password again.");
        } else {
            // The same words whether or not the account exists.
            error.setTitle("Incorrect email address or password");
            error.setMessage("Check that you have entered your email address and password correctly, and try again.");
        }
        return i18n;
    }
}
