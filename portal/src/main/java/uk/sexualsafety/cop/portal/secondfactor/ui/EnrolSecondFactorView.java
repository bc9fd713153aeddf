package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.secondfactor.CodeRefusedException;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorSignIn;
import uk.sexualsafety.cop.portal.security.ui.LoginView;

import java.util.List;

/**
 * Setting up the second step at the first sign-in of an account whose roles need one: an authenticator app, then
 * the recovery codes, shown once. Nothing else opens until it is done.
 */
@Route(value = "second-factor/enrol", layout = MainLayout.class)
@PageTitle("Set up your second step | Sexual Safety Community of Practice")
@AnonymousAllowed
class EnrolSecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    private final SecondFactorSignIn signIn;
    private final AuthenticationContext authentication;

    EnrolSecondFactorView(SecondFactorSignIn signIn, AuthenticationContext authentication) {
        this.signIn = signIn;
        this.authentication = authentication;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        signIn.step().ifPresentOrElse(step -> {
            if (step == SecondFactorSignIn.Step.ENTER_CODE) {
                event.forwardTo(SecondFactorView.class);
            } else if (getComponentCount() == 0) {
                showEnrolment();
            }
        }, () -> event.forwardTo(LoginView.class));
    }

    private void showEnrolment() {
        EnrolmentPanel panel = new EnrolmentPanel(signIn.startEnrolment());
        Button confirm = new Button("Confirm", click -> confirm(panel));
        confirm.setId("confirm-enrolment");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Button cancel = CancelSignIn.button(authentication);
        add(new H1("Set up your second step"),
                new Paragraph("Your roles let you read what others have not yet anonymised, or change who can do "
                        + "what, so you sign in with your password and a code from an app on your phone. This takes "
                        + "a minute, once."),
                panel, new HorizontalLayout(confirm, cancel));
    }

    private void confirm(EnrolmentPanel panel) {
        try {
            List<String> recoveryCodes = signIn.enrol(panel.enrolment(), panel.code());
            showRecoveryCodes(recoveryCodes);
        } catch (CodeRefusedException refused) {
            panel.showCodeError(CodeMessages.newAppCodeRefused());
        }
    }

    private void showRecoveryCodes(List<String> recoveryCodes) {
        removeAll();
        Button carryOn = new Button("I have kept my recovery codes: continue",
                click -> UI.getCurrent().getPage().setLocation("/"));
        carryOn.setId("continue-after-recovery-codes");
        carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your second step is set up"), new RecoveryCodesPanel(recoveryCodes), carryOn);
    }
}
