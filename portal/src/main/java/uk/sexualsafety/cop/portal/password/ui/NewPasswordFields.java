package uk.sexualsafety.cop.portal.password.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import uk.sexualsafety.cop.portal.password.NewPassword;
import uk.sexualsafety.cop.portal.password.PasswordStrength;

import java.util.Map;

/**
 * Choosing a password, typed twice, wherever one is chosen (confirming a request to join, a reset, a change). The
 * server judges it; these fields show its reason next to the field at fault.
 */
public class NewPasswordFields extends Composite<FormLayout> {

    public static final String HINT = "At least " + PasswordStrength.MIN_LENGTH + " characters, and hard to guess: "
            + "three or four random words work well. Capital letters, digits and symbols are not needed.";

    private final PasswordField password;
    private final PasswordField passwordAgain = new PasswordField("Type the new password again");

    public NewPasswordFields(String label) {
        password = new PasswordField(label);
        password.setId("password");
        password.setHelperText(HINT);
        password.setMaxLength(PasswordStrength.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordAgain.setId("password-again");
        passwordAgain.setMaxLength(PasswordStrength.MAX_LENGTH);
        passwordAgain.setAutocomplete(Autocomplete.NEW_PASSWORD);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        getContent().add(password, passwordAgain);
    }

    public NewPassword value() {
        return new NewPassword(password.getValue(), passwordAgain.getValue());
    }

    public void clearProblems() {
        password.setInvalid(false);
        passwordAgain.setInvalid(false);
    }

    /** Shows the problems that name these fields, and says whether there were any. */
    public boolean showProblems(Map<String, String> problems) {
        boolean shown = false;
        for (var field : Map.of(NewPassword.PASSWORD, password, NewPassword.PASSWORD_AGAIN, passwordAgain)
                .entrySet()) {
            String problem = problems.get(field.getKey());
            if (problem != null) {
                field.getValue().setErrorMessage(problem);
                field.getValue().setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    public void clear() {
        password.clear();
        passwordAgain.clear();
        clearProblems();
    }
}
