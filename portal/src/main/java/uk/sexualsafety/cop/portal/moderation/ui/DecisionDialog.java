package uk.sexualsafety.cop.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.InvalidDecisionException;

import java.util.List;

/**
 * Asks a moderator for what a decision needs: a message to the contributor, a reason from the configured list, a
 * suggested version. The workflow checks them; its answer is shown next to the field and the dialog stays open.
 */
class DecisionDialog extends Dialog {

    /** Carries out the decision; throws {@link InvalidDecisionException} to keep the dialog open. */
    @FunctionalInterface
    interface Action {
        void decide(Decision decision, String suggestedText);
    }

    private final TextArea message = new TextArea();
    private final Select<String> reason = new Select<>();
    private final TextArea suggested = new TextArea("Suggested version (optional): the contributor can take it");

    private DecisionDialog(String id, String title, String explanation, String confirmLabel, List<String> reasons,
                           String suggestion, int maxMessage, Action action) {
        setId(id);
        setHeaderTitle(title);
        setWidth("40rem");
        add(new Paragraph(explanation));
        if (reasons != null) {
            reason.setLabel("Reason");
            reason.setId(id + "-reason");
            reason.setItems(reasons);
            reason.setWidthFull();
            add(reason);
        }
        message.setLabel(reasons == null ? "Message to the contributor" : "More about the reason (optional; the "
                + "contributor sees it)");
        message.setId(id + "-message");
        message.setWidthFull();
        message.setMaxLength(maxMessage);
        add(message);
        if (suggestion != null) {
            suggested.setId(id + "-suggested");
            suggested.setWidthFull();
            suggested.setValue(suggestion);
            suggested.setMaxHeight("16rem");
            add(suggested);
        }
        Button confirm = new Button(confirmLabel, click -> {
            message.setInvalid(false);
            reason.setInvalid(false);
            try {
                action.decide(new Decision(reasons == null ? null : reason.getValue(), message.getValue()),
                        suggestion == null || suggested.getValue().equals(suggestion) ? null : suggested.getValue());
                close();
            } catch (InvalidDecisionException invalid) {
                if ("reason".equals(invalid.field())) {
                    reason.setErrorMessage(invalid.getMessage());
                    reason.setInvalid(true);
                } else {
                    message.setErrorMessage(invalid.getMessage());
                    message.setInvalid(true);
                }
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
    }

    /**
     * @param currentText the text to suggest a new version of, or null where no suggestion is taken
     * @param maxMessage  the longest message the workflow takes, {@code ItemModeration.maxMessageLength()}
     */
    static DecisionDialog requestChanges(String currentText, int maxMessage, Action action) {
        return new DecisionDialog("request-changes-dialog", "Ask the contributor for changes",
                "Say what to change and why, kindly and plainly: the contributor reads this on their own page.",
                "Send the request", null, currentText, maxMessage, action);
    }

    /** @param what the kind of content in lower case, e.g. "story" */
    static DecisionDialog reject(String what, List<String> reasons, int maxMessage, Action action) {
        return new DecisionDialog("reject-dialog", "Reject this " + what, "A rejected " + what + " is never "
                + "published. The contributor sees the reason on their own page.", "Reject", reasons, null, maxMessage,
                action);
    }

    static DecisionDialog unpublish(String what, int maxMessage, Action action) {
        return new DecisionDialog("unpublish-dialog", "Take this " + what + " down", "It leaves the portal and "
                + "search at once, and goes back to the contributor with your message.", "Take it down", null, null,
                maxMessage, action);
    }
}
