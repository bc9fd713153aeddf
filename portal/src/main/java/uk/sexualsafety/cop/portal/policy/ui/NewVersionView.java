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
import uk.sexualsafety.cop.portal.policy.PolicyUploads;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/**
 * A new version of one of the member's organisation's policies: its file, label and dates, with the description as
 * it stands, to change if the new version needs it. The earlier versions stay.
 */
@Route(value = "policies/:policyId([0-9]+)/new-version", layout = MainLayout.class)
@RolesAllowed(Role.Names.MEMBER)
class NewVersionView extends OwnPolicyPage {

    private final PolicySharing sharing;
    private final PolicyUploads uploads;

    NewVersionView(PolicyLibrary library, PolicySharing sharing, PolicyUploads uploads) {
        super(library, "Upload a new version");
        this.sharing = sharing;
        this.uploads = uploads;
    }

    @Override
    void showForm(PolicyPage policy) {
        PolicyFormFields fields = PolicyFormFields.forUpload(library.commitmentOptions(), sharing, uploads);
        fields.fill(policy);
        Button upload = new Button("Upload the new version", click -> upload(policy, fields));
        upload.setId("upload-version");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Of \u201C" + policy.title() + "\u201D, now at version " + policy.versionLabel()
                        + ". The new version becomes the one members see first; every earlier version stays "
                        + "available. Change the details below if the new version needs it."),
                messages, fields, upload);
    }

    private void upload(PolicyPage policy, PolicyFormFields fields) {
        messages.removeAll();
        try {
            sharing.addVersion(policy.ref(), fields.upload());
            fields.fileSaved();
            done(policy, PolicyView.VERSION_ADDED);
        } catch (InvalidInputException invalid) {
            problems(fields, invalid.problems());
        } catch (ConcurrentChangeException | AccessDeniedException | PolicyNotFoundException refused) {
            refused(refused);
        }
    }
}
