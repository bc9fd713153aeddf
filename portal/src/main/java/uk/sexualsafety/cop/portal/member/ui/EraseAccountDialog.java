package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.member.AccountErasure;
import uk.sexualsafety.cop.portal.member.ErasureChoice;
import uk.sexualsafety.cop.portal.member.ErasureRefusedException;
import uk.sexualsafety.cop.portal.member.MemberSummary;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.function.Consumer;

/**
 * Erases a member's account at their request. The administrator records what the person chose for their
 * contributions; there is no default, so that the choice is always theirs. A refusal (an open investigation) is
 * shown here with its reason.
 */
class EraseAccountDialog extends Dialog {

    private final AccountErasure erasure;
    private final MemberSummary member;
    private final RadioButtonGroup<ErasureChoice> choice = new RadioButtonGroup<>(
            "What they asked for their contributions");
    private final Div refused = new Div();
    private final Consumer<Integer> onErased;
    private final Consumer<String> onConflict;

    EraseAccountDialog(AccountErasure erasure, MemberSummary member, Consumer<Integer> onErased,
                       Consumer<String> onConflict) {
        this.erasure = erasure;
        this.member = member;
        this.onErased = onErased;
        this.onConflict = onConflict;
        setId("erase-account-dialog");
        setHeaderTitle("Erase " + member.displayName() + "'s account?");
        setWidth("34rem");
        Paragraph what = new Paragraph("Only do this when they have asked, and you are sure it is them. Their "
                + "name, email address, password and second step are removed, they are signed out everywhere at "
                + "once, and they can never sign in to this account again. The audit trail keeps what the "
                + "account did, without their name.");
        choice.setId("erasure-choice");
        choice.setItems(ErasureChoice.values());
        choice.setItemLabelGenerator(EraseAccountDialog::label);
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRequiredIndicatorVisible(true);
        choice.setHelperText("Policies they shared stay with their organisation, without their name.");
        add(what, choice, refused);

        Button erase = new Button("Erase account", click -> erase());
        erase.setId("erase-account-confirm");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("erase-account-cancel");
        getFooter().add(cancel, erase);
    }

    private static String label(ErasureChoice choice) {
        return switch (choice) {
            case WITHDRAW_CONTRIBUTIONS -> "Withdraw their stories, case studies and comments";
            case KEEP_WITHOUT_NAME -> "Keep them, shown as by a former member";
        };
    }

    private void erase() {
        choice.setInvalid(false);
        refused.removeAll();
        if (choice.getValue() == null) {
            choice.setErrorMessage("Choose what they asked for their contributions");
            choice.setInvalid(true);
            return;
        }
        try {
            int ended = erasure.erase(member.ref(), choice.getValue());
            close();
            onErased.accept(ended);
        } catch (ErasureRefusedException refusal) {
            refused.add(Notice.problem("erasure-refused", refusal.getMessage()));
        } catch (ConcurrentChangeException conflict) {
            close();
            onConflict.accept(conflict.getMessage());
        }
    }
}
