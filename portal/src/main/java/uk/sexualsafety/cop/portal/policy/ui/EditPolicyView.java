package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicyNotFoundException;
import uk.sexualsafety.cop.portal.policy.PolicyPage;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/**
 * Changes a policy's description without a new file, or records a review that keeps the current version by setting
 * the date of the next one.
 */
@Route(value = "policies/:policyId([0-9]+)/edit", layout = MainLayout.class)
@RolesAllowed(Role.Names.MEMBER)
class EditPolicyView extends OwnPolicyPage {

    private final PolicySharing sharing;

    EditPolicyView(PolicyLibrary library, PolicySharing sharing) {
        super(library, "Change details or record a review");
        this.sharing = sharing;
    }

    @Override
    void showForm(PolicyPage policy) {
        PolicyFormFields fields = PolicyFormFields.forDetails(library.commitmentOptions());
        fields.fill(policy);
        fields.fillReviewDate(policy);
        Button save = new Button("Save the changes", click -> save(policy, fields));
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("For \u201C" + policy.title() + "\u201D, version " + policy.versionLabel() + ". To replace "
                        + "the document itself, upload a new version instead."),
                messages, fields, save);
    }

    private void save(PolicyPage policy, PolicyFormFields fields) {
        messages.removeAll();
        try {
            sharing.changeDetails(policy.ref(), fields.details());
            done(policy, PolicyView.CHANGED);
        } catch (InvalidInputException invalid) {
            problems(fields, invalid.problems());
        } catch (ConcurrentChangeException | AccessDeniedException | PolicyNotFoundException refused) {
            refused(refused);
        }
    }
}
