package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.MembershipApplication;
import uk.sexualsafety.cop.portal.member.MembershipService;
import uk.sexualsafety.cop.portal.organisation.OrganisationChoices;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;

/** Ask to join the community; an administrator approves the request. */
@Route(value = "join", layout = MainLayout.class)
@PageTitle("Join the community | Sexual Safety Community of Practice")
@Menu(order = 90, title = "Join the community")
@AnonymousAllowed
public class JoinView extends VerticalLayout {

    private final MembershipService membership;
    private final TextField fullName = new TextField("Full name");
    private final EmailField email = new EmailField("NHS email address");
    private final TextField jobTitle = new TextField("Job title");
    private final ComboBox<OrganisationOption> organisation = new ComboBox<>("Organisation you work for");
    private final TextArea reason = new TextArea("Why would you like to join? (optional)");
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField passwordAgain = new PasswordField("Type the password again");
    private final Map<String, HasValidation> fields = Map.of("fullName", fullName, "email", email,
            "jobTitle", jobTitle, "organisationId", organisation, "reason", reason, "password", password,
            "passwordAgain", passwordAgain);

    JoinView(MembershipService membership, OrganisationChoices organisations) {
        this.membership = membership;
        setMaxWidth("48rem");
        fullName.setId("full-name");
        email.setId("email");
        email.setHelperText("The community is open to NHS staff: use your work address");
        jobTitle.setId("job-title");
        organisation.setId("organisation");
        organisation.setItems(organisations.activeOrganisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        reason.setId("reason");
        reason.setMaxLength(2000);
        password.setId("password");
        password.setHelperText("At least 12 characters; three random words work well");
        passwordAgain.setId("password-again");
        Button submit = new Button("Send request", click -> submit());
        submit.setId("send-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fullName, email, jobTitle, organisation, reason, password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Ask to join the community"),
                new Paragraph("Members are people professionals from NHS organisations: HR and employee relations, "
                        + "Freedom to Speak Up guardians, safeguarding leads, organisational development, wellbeing "
                        + "guardians, managers and educators. An administrator checks each request, usually within "
                        + "two working days. You can sign in with the password you choose here once it is approved."),
                form, submit);
    }

    private void submit() {
        fields.values().forEach(field -> field.setInvalid(false));
        OrganisationOption chosen = organisation.getValue();
        try {
            membership.requestMembership(new MembershipApplication(fullName.getValue(), email.getValue(),
                    jobTitle.getValue(), chosen == null ? null : chosen.id(), reason.getValue(),
                    password.getValue(), passwordAgain.getValue()));
            showConfirmation();
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        }
    }

    private void showConfirmation() {
        removeAll();
        H2 heading = new H2("Thank you: your request has been sent");
        heading.setId("request-sent");
        add(heading, new Paragraph("An administrator will check it, usually within two working days. Once it is "
                + "approved you can sign in with your NHS email address and the password you chose."));
    }
}
