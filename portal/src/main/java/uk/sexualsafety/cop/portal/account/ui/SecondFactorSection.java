package uk.sexualsafety.cop.portal.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import uk.sexualsafety.cop.portal.secondfactor.CodeRefusedException;
import uk.sexualsafety.cop.portal.secondfactor.YourSecondFactor;
import uk.sexualsafety.cop.portal.secondfactor.ui.CodeMessages;
import uk.sexualsafety.cop.portal.secondfactor.ui.EnrolmentPanel;
import uk.sexualsafety.cop.portal.secondfactor.ui.RecoveryCodesPanel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * "Your second step" on "Your account": whether there is one, moving it to a new phone or app, and new recovery
 * codes. Changing it takes a code from the current app (or a recovery code).
 */
class SecondFactorSection extends Composite<Div> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final YourSecondFactor secondFactor;
    private final Div body = new Div();

    SecondFactorSection(YourSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        getContent().setId("second-factor-section");
        getContent().add(new H2("Your second step"), body);
        showState();
    }

    private void showState() {
        body.removeAll();
        YourSecondFactor.State state = secondFactor.state();
        Paragraph status = new Paragraph(describe(state));
        status.setId("second-factor-state");
        body.add(status);
        if (!state.required() && !state.enrolled()) {
            return;
        }
        Button newApp = new Button(state.enrolled() ? "Use a new phone or app" : "Set up an authenticator app",
                click -> showEnrolment(state.enrolled()));
        newApp.setId("new-authenticator-app");
        HorizontalLayout actions = new HorizontalLayout(newApp);
        if (state.enrolled()) {
            Button newCodes = new Button("New recovery codes", click -> showNewRecoveryCodes());
            newCodes.setId("new-recovery-codes");
            actions.add(newCodes);
        }
        body.add(actions);
    }

    private static String describe(YourSecondFactor.State state) {
        if (!state.enrolled()) {
            return state.required()
                    ? "You sign in with NHSmail, which has its own second step. To sign in with your password "
                    + "too, set up an authenticator app."
                    : "Your roles do not need a second step when you sign in.";
        }
        return "You sign in with your password and a code from your authenticator app, set up on "
                + DAY.format(state.enrolledAt()) + ". You have " + state.recoveryCodesLeft()
                + (state.recoveryCodesLeft() == 1 ? " unused recovery code." : " unused recovery codes.");
    }

    private void showEnrolment(boolean replacing) {
        body.removeAll();
        TextField currentCode = currentCodeField();
        EnrolmentPanel panel = new EnrolmentPanel(secondFactor.startEnrolment());
        Button confirm = new Button("Confirm the new app", click -> {
            try {
                showRecoveryCodes(secondFactor.enrol(currentCode.getValue(), panel.enrolment(), panel.code()));
            } catch (CodeRefusedException refused) {
                if (CodeRefusedException.NEW_CODE.equals(refused.field())) {
                    panel.showCodeError(CodeMessages.newAppCodeRefused());
                } else {
                    showError(currentCode, CodeMessages.refused(refused.check()));
                }
            }
        });
        confirm.setId("confirm-enrolment");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (replacing) {
            body.add(currentCode);
        }
        body.add(panel, new HorizontalLayout(confirm, cancelButton()));
    }

    private void showNewRecoveryCodes() {
        body.removeAll();
        TextField currentCode = currentCodeField();
        Button make = new Button("Make new recovery codes", click -> {
            try {
                showRecoveryCodes(secondFactor.newRecoveryCodes(currentCode.getValue()));
            } catch (CodeRefusedException refused) {
                showError(currentCode, CodeMessages.refused(refused.check()));
            }
        });
        make.setId("make-recovery-codes");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new Paragraph("Your old recovery codes will stop working."), currentCode,
                new HorizontalLayout(make, cancelButton()));
    }

    private void showRecoveryCodes(List<String> codes) {
        body.removeAll();
        Button done = new Button("I have kept my recovery codes", click -> showState());
        done.setId("recovery-codes-kept");
        body.add(new RecoveryCodesPanel(codes), done);
    }

    private static TextField currentCodeField() {
        TextField field = new TextField("A code from your current app, or a recovery code");
        field.setId("current-code");
        field.setManualValidation(true);
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.setMaxLength(CodeRefusedException.MAX_ANY_CODE);
        return field;
    }

    private static void showError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.clear();
        field.focus();
    }

    private Button cancelButton() {
        Button cancel = new Button("Cancel", click -> showState());
        cancel.setId("cancel-second-factor-change");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
