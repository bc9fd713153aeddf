package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.member.MemberAdministration;
import uk.sexualsafety.cop.portal.member.MemberSummary;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.function.Consumer;

/** Chooses a member's roles; the change applies from the member's next click. */
class RolesDialog extends Dialog {

    private final MemberAdministration administration;
    private final MemberSummary member;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final Consumer<MemberSummary> onSaved;
    private final Consumer<String> onConflict;

    RolesDialog(MemberAdministration administration, MemberSummary member, Consumer<MemberSummary> onSaved,
                Consumer<String> onConflict) {
        this.administration = administration;
        this.member = member;
        this.onSaved = onSaved;
        this.onConflict = onConflict;
        setId("roles-dialog");
        setHeaderTitle("Roles for " + member.displayName());
        roles.setId("member-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setHelperText("What the member may do takes effect at their next click");
        roles.setValue(member.roles());
        add(roles);

        Button save = new Button("Save roles", click -> save());
        save.setId("save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-roles");
        getFooter().add(cancel, save);
    }

    private void save() {
        roles.setInvalid(false);
        try {
            MemberSummary saved = administration.changeRoles(member.ref(), roles.getValue());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            roles.setErrorMessage(invalid.problems().get(MemberAdministration.ROLES));
            roles.setInvalid(true);
        } catch (ConcurrentChangeException conflict) {
            close();
            onConflict.accept(conflict.getMessage());
        }
    }
}
