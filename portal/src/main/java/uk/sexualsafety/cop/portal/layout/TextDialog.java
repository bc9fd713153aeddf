package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.function.Consumer;

/**
 * Asks for one piece of text before an action, such as a reason or a declaration. The service's message goes next to
 * the field and the dialog stays open; otherwise it closes once the action has run.
 */
public class TextDialog extends Dialog {

    private final TextArea text;

    /**
     * @param id        the dialog's id; its field is {@code id-text} and its button {@code id-confirm}
     * @param maxLength the longest text the service takes, from the service's own constant
     */
    public TextDialog(String id, String title, String label, String confirmLabel, int maxLength,
                      Consumer<String> action) {
        setId(id);
        setHeaderTitle(title);
        setWidth("32rem");
        text = new TextArea(label);
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMaxLength(maxLength);
        Button confirm = new Button(confirmLabel, click -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (InvalidInputException invalid) {
                text.setErrorMessage(invalid.problems().values().iterator().next());
                text.setInvalid(true);
            }
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    /** Starts the field with text to change, such as a comment being edited. */
    public TextDialog withValue(String value) {
        text.setValue(value);
        return this;
    }
}
