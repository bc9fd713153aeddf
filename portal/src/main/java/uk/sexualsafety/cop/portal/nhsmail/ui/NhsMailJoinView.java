package uk.sexualsafety.cop.portal.nhsmail.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.ui.JoinView;
import uk.sexualsafety.cop.portal.nhsmail.NhsMailApplication;
import uk.sexualsafety.cop.portal.nhsmail.NhsMailJoin;
import uk.sexualsafety.cop.portal.nhsmail.ProvenAddress;
import uk.sexualsafety.cop.portal.organisation.OrganisationChoices;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;

/**
 * Asking to join after NHSmail proved the address: the name NHSmail gave, the organisation and job title, and why.
 * Without an address proven in this browser in the last few minutes it leads to the ordinary join page.
 */
@Route(value = "join/nhsmail", layout = MainLayout.class)
@PageTitle("Join with NHSmail | Sexual Safety Community of Practice")
@AnonymousAllowed
class NhsMailJoinView extends VerticalLayout implements BeforeEnterObserver {

    private final NhsMailJoin join;
    private final OrganisationChoices organisations;
    private final TextField fullName = new TextField("Full name");
    private final TextField jobTitle = new TextField("Job title");
    private final ComboBox<OrganisationOption> organisation = new ComboBox<>("Organisation you work for");
    private final TextArea reason = new TextArea("Why would you like to join? (optional)");
    private final Map<String, HasValidation> fields = Map.of(NhsMailApplication.FULL_NAME, fullName,
            NhsMailApplication.JOB_TITLE, jobTitle, NhsMailApplication.ORGANISATION, organisation,
            NhsMailApplication.REASON, reason);

    NhsMailJoinView(NhsMailJoin join, OrganisationChoices organisations) {
        this.join = join;
        this.organisations = organisations;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        join.provenAddress().ifPresentOrElse(this::showForm, () -> event.forwardTo(JoinView.class));
    }

    private void showForm(ProvenAddress proven) {
        removeAll();
        fullName.setId("full-name");
        fullName.setMaxLength(NhsMailApplication.MAX_NAME);
        fullName.setValue(proven.name() == null ? "" : proven.name());
        jobTitle.setId("job-title");
        jobTitle.setMaxLength(NhsMailApplication.MAX_JOB_TITLE);
        organisation.setId("organisation");
        organisation.setItems(organisations.activeOrganisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        reason.setId("reason");
        reason.setMaxLength(NhsMailApplication.MAX_REASON);
        Paragraph address = new Paragraph("NHSmail confirmed your address: " + proven.email());
        address.setId("proven-address");
        Button send = new Button("Send request", click -> send());
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fullName, jobTitle, organisation, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Ask to join the community"), address,
                new Paragraph("You do not have an account yet. Tell us where you work, and an administrator will "
                        + "check your request, usually within two working days. Once it is approved you sign in "
                        + "with NHSmail: you do not need a password."),
                form, send);
    }

    private void send() {
        fields.values().forEach(field -> field.setInvalid(false));
        OrganisationOption chosen = organisation.getValue();
        try {
            join.requestMembership(new NhsMailApplication(fullName.getValue(), jobTitle.getValue(),
                    chosen == null ? null : chosen.id(), reason.getValue()));
            showConfirmation();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        } catch (IllegalStateException expired) {
            removeAll();
            add(new H1("Ask to join the community"), new Paragraph("It has been too long since NHSmail confirmed "
                    + "your address. Choose \"Sign in with NHSmail\" on the sign-in page again."));
        }
    }

    private void showConfirmation() {
        removeAll();
        H2 heading = new H2("Thank you: your request has been sent");
        heading.setId("request-sent");
        add(new H1("Ask to join the community"), heading, new Paragraph("An administrator will check it, usually "
                + "within two working days. Once it is approved, sign in with NHSmail."));
    }
}
