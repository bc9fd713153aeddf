package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The way out of the second step: it ends the sign-in that waits for it, as signing out does. */
final class CancelSignIn {

    private CancelSignIn() {
    }

    static Button button(AuthenticationContext authentication) {
        Button cancel = new Button("Cancel and sign out", click -> authentication.logout());
        cancel.setId("cancel-second-factor");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
