package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.secondfactor.CodeCheck;
import uk.sexualsafety.cop.portal.secondfactor.CodeRefusedException;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorSignIn;
import uk.sexualsafety.cop.portal.security.ui.LoginView;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. Open to the sign-in that
 * waits for it (which is not yet signed in), and to nobody else.
 */
@Route(value = "second-factor", layout = MainLayout.class)
@PageTitle("Enter your code | Sexual Safety Community of Practice")
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    private final SecondFactorSignIn signIn;
    private final TextField code = new TextField("Code from your authenticator app, or a recovery code");

    SecondFactorView(SecondFactorSignIn signIn, AuthenticationContext authentication) {
        this.signIn = signIn;
        setMaxWidth("40rem");
        code.setId("second-factor-code");
        // The service decides whether a code is right; the field only shows what it said.
        code.setManualValidation(true);
        // Phones offer the code from a text message or app in this field.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(CodeRefusedException.MAX_ANY_CODE);
        code.setWidthFull();
        Button verify = new Button("Continue", click -> verify());
        verify.setId("verify-code");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button cancel = CancelSignIn.button(authentication);
        add(new H1("Enter your code"),
                new Paragraph("Your password was right. Your roles need a second step: open your authenticator app "
                        + "and enter the 6-digit code it shows for this portal. If you do not have your phone, "
                        + "enter one of your recovery codes instead."),
                code, new HorizontalLayout(verify, cancel),
                new Paragraph("Lost your phone and your recovery codes? Ask an administrator to reset your second "
                        + "step; you will then set it up again."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        signIn.step().ifPresentOrElse(step -> {
            if (step == SecondFactorSignIn.Step.ENROL) {
                event.forwardTo(EnrolSecondFactorView.class);
            }
        }, () -> event.forwardTo(LoginView.class));
    }

    private void verify() {
        CodeCheck check = signIn.verify(code.getValue());
        if (check.accepted()) {
            UI.getCurrent().getPage().setLocation("/");
            return;
        }
        code.setErrorMessage(CodeMessages.refused(check));
        code.setInvalid(true);
        code.clear();
        code.focus();
    }
}
