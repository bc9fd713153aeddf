package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.PolicyUploads;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/** A member shares one of their own organisation's policies with the community. */
@Route(value = "policies/new", layout = MainLayout.class)
@PageTitle("Share a policy" + PolicyViews.TITLE_SUFFIX)
@RolesAllowed(Role.Names.MEMBER)
class SharePolicyView extends VerticalLayout {

    private final PolicySharing sharing;
    private final Div messages = new Div();
    private PolicyFormFields fields;

    SharePolicyView(PolicySharing sharing, PolicyLibrary library, PolicyUploads uploads) {
        this.sharing = sharing;
        setMaxWidth("52rem");
        add(new H1("Share a policy"));
        sharing.ownOrganisationName().ifPresentOrElse(organisation -> {
            fields = PolicyFormFields.forUpload(library.commitmentOptions(), sharing, uploads);
            Button share = new Button("Share the policy", click -> share());
            share.setId("share-policy");
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph("Share a local policy of " + organisation + " with the community. Members from every "
                            + "organisation can read it, find it by searching its text, and download it."),
                    new Paragraph("Only members from " + organisation + " can upload new versions of it or change "
                            + "its details. Nothing is saved until you share it."),
                    messages, fields, share);
        }, () -> add(Notice.information("no-organisation", "Your account belongs to no organisation, so you "
                + "cannot share policies. Ask an administrator to set your organisation.")));
        add(new RouterLink("Back to the policy library", PolicyLibraryView.class));
    }

    private void share() {
        messages.removeAll();
        try {
            long id = sharing.share(fields.upload());
            fields.fileSaved();
            getUI().ifPresent(ui -> ui.navigate(PolicyView.class, PolicyViews.parameters(id),
                    QueryParameters.of(PolicyView.OUTCOME, PolicyView.SHARED)));
        } catch (InvalidInputException invalid) {
            fields.showProblems(invalid.problems())
                    .forEach((field, message) -> messages.add(Notice.problem("policy-problem", message)));
        } catch (AccessDeniedException refused) {
            messages.add(Notice.problem("policy-refused", refused.getMessage()).focused());
        }
    }
}
