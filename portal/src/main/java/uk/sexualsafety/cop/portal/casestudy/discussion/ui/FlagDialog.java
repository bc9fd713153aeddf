package uk.sexualsafety.cop.portal.casestudy.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.db.casestudy.discussion.FlagReason;
import uk.sexualsafety.cop.portal.casestudy.discussion.Discussion;
import uk.sexualsafety.cop.portal.casestudy.discussion.DiscussionRefusedException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Asks why a member flags a comment; the service's messages go next to the fields and the dialog stays open. */
class FlagDialog extends Dialog {

    FlagDialog(int flagsToHide, BiConsumer<FlagReason, String> flag, Consumer<String> refused) {
        setId("flag-dialog");
        setHeaderTitle("Flag this comment");
        setWidth("34rem");
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>("Why should a moderator look at it?");
        reason.setId("flag-reason");
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(FlagReason::label);
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea detail = new TextArea("Anything the moderator should know (optional)");
        detail.setId("flag-detail");
        detail.setWidthFull();
        detail.setMaxLength(Discussion.MAX_FLAG_DETAIL);
        Button confirm = new Button("Flag the comment", click -> {
            reason.setInvalid(false);
            detail.setInvalid(false);
            try {
                flag.accept(reason.getValue(), detail.getValue());
                close();
            } catch (InvalidInputException invalid) {
                Map<String, String> problems = invalid.problems();
                if (problems.containsKey(Discussion.FLAG_REASON)) {
                    reason.setErrorMessage(problems.get(Discussion.FLAG_REASON));
                    reason.setInvalid(true);
                }
                if (problems.containsKey(Discussion.FLAG_DETAIL)) {
                    detail.setErrorMessage(problems.get(Discussion.FLAG_DETAIL));
                    detail.setInvalid(true);
                }
            } catch (DiscussionRefusedException e) {
                close();
                refused.accept(e.getMessage());
            }
        });
        confirm.setId("flag-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("When " + flagsToHide + " members have flagged a comment, it is hidden until a moderator "
                + "has looked at it. The author is not told who flagged it."), reason, detail);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
