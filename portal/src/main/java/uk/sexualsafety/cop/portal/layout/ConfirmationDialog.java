package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action that affects someone else's access. A plain Dialog rather than ConfirmDialog: axe finds
 * ConfirmDialog's Cancel button short of AA contrast against its backdrop in Vaadin 25.1.
 */
public class ConfirmationDialog extends Dialog {

    public ConfirmationDialog(String id, String title, String question, String confirmLabel, Runnable action) {
        setId(id);
        setHeaderTitle(title);
        setWidth("30rem");
        Paragraph text = new Paragraph(question);
        text.setId(id + "-question");
        add(text);
        Button confirm = new Button(confirmLabel, click -> {
            close();
            action.run();
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
    }
}
