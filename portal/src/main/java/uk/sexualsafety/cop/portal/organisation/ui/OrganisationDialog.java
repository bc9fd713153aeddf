package uk.sexualsafety.cop.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import uk.sexualsafety.cop.portal.organisation.OrganisationDirectory;
import uk.sexualsafety.cop.portal.organisation.OrganisationEntry;
import uk.sexualsafety.cop.portal.organisation.OrganisationForm;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.function.Consumer;

/** Adds an organisation, or changes the one given; stays open with the messages when the input is refused. */
class OrganisationDialog extends Dialog {

    private final OrganisationDirectory directory;
    private final OrganisationEntry existing;
    private final OrganisationEditor editor;
    private final Consumer<OrganisationEntry> onSaved;
    private final Consumer<String> onConflict;

    OrganisationDialog(OrganisationDirectory directory, OrganisationEntry existing,
                       Consumer<OrganisationEntry> onSaved, Consumer<String> onConflict) {
        this.directory = directory;
        this.existing = existing;
        this.onSaved = onSaved;
        this.onConflict = onConflict;
        this.editor = new OrganisationEditor(directory.icbs());
        setId("organisation-dialog");
        setHeaderTitle(existing == null ? "Add an organisation" : "Change " + existing.name());
        setWidth("36rem");
        editor.edit(existing == null ? OrganisationForm.empty() : existing.toForm());
        add(editor);

        Button save = new Button(existing == null ? "Add organisation" : "Save changes", click -> save());
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-organisation");
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                editor.focus();
            }
        });
    }

    private void save() {
        editor.value().ifPresent(form -> {
            try {
                OrganisationEntry saved = existing == null ? directory.create(form)
                        : directory.update(existing.ref(), form);
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException invalid) {
                editor.showProblems(invalid.problems());
            } catch (ConcurrentChangeException conflict) {
                close();
                onConflict.accept(conflict.getMessage());
            }
        });
    }
}
