package uk.sexualsafety.cop.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.password.PasswordChange;
import uk.sexualsafety.cop.portal.password.ui.NewPasswordFields;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/** "Your account": change your password, with the current one. Every other sign-in ends. */
class PasswordSection extends Composite<VerticalLayout> {

    private final PasswordChange passwordChange;
    private final PasswordField current = new PasswordField("Current password");
    private final NewPasswordFields chosen = new NewPasswordFields("New password");
    private final Div messages = new Div();

    PasswordSection(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Button change = new Button("Change password", click -> change());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("password-section");
        content.add(new H2("Your password"),
                new Paragraph("Changing it signs your account out everywhere else; this browser stays signed in."),
                current, chosen, messages, change);
    }

    private void change() {
        current.setInvalid(false);
        chosen.clearProblems();
        messages.removeAll();
        try {
            int ended = passwordChange.change(current.getValue(), chosen.value());
            current.clear();
            chosen.clear();
            messages.add(Notice.success("password-changed", "Your password has been changed. "
                    + (ended == 0 ? "No other browser was signed in." : ended == 1
                    ? "One other browser has been signed out." : ended + " other browsers have been signed out.")));
        } catch (InvalidInputException invalid) {
            String problem = invalid.problems().get(PasswordChange.CURRENT_PASSWORD);
            if (problem != null) {
                current.setErrorMessage(problem);
                current.setInvalid(true);
            }
            chosen.showProblems(invalid.problems());
        } catch (TooManyAttemptsException | ConcurrentChangeException refused) {
            messages.add(Notice.problem("password-not-changed", refused.getMessage()));
        }
    }
}
