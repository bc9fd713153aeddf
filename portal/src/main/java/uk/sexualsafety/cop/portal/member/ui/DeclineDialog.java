package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.portal.member.MembershipService;
import uk.sexualsafety.cop.portal.member.PendingMembershipRequest;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.function.Consumer;

/** Declines a request to join, with an optional note kept with the decision. */
class DeclineDialog extends Dialog {

    private final MembershipService membership;
    private final PendingMembershipRequest request;
    private final TextArea note = new TextArea("Note (optional)");
    private final Runnable onDeclined;
    private final Consumer<String> onConflict;

    DeclineDialog(MembershipService membership, PendingMembershipRequest request, Runnable onDeclined,
                  Consumer<String> onConflict) {
        this.membership = membership;
        this.request = request;
        this.onDeclined = onDeclined;
        this.onConflict = onConflict;
        setId("decline-dialog");
        setHeaderTitle("Decline the request from " + request.fullName() + "?");
        setWidth("32rem");
        note.setId("decline-note");
        note.setMaxLength(MembershipService.MAX_DECLINE_NOTE);
        note.setWidthFull();
        note.setHelperText("Kept with the decision for other administrators, for example why the request was "
                + "declined");
        add(new Paragraph("The request leaves the waiting list and no account is created. The person can ask again "
                + "later."), note);

        Button confirm = new Button("Decline request", click -> decline());
        confirm.setId("confirm-decline");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-decline");
        getFooter().add(cancel, confirm);
    }

    private void decline() {
        note.setInvalid(false);
        try {
            membership.decline(request.ref(), note.getValue());
            close();
            onDeclined.run();
        } catch (InvalidInputException invalid) {
            note.setErrorMessage(invalid.problems().get(MembershipService.DECLINE_NOTE));
            note.setInvalid(true);
        } catch (ConcurrentChangeException conflict) {
            close();
            onConflict.accept(conflict.getMessage());
        }
    }
}
