package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.ClientAddress;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.member.MembershipApplication;
import uk.sexualsafety.cop.portal.member.MembershipService;
import uk.sexualsafety.cop.portal.organisation.OrganisationChoices;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Map;

/**
 * Ask to join the community. The page answers the same whatever the address's state; the email sent to it does the
 * rest (a link to confirm it and choose a password), and an administrator approves the confirmed request.
 */
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
    private final Div messages = new Div();
    private final Map<String, HasValidation> fields = Map.of(
            MembershipApplication.FULL_NAME, fullName, MembershipApplication.EMAIL, email,
            MembershipApplication.JOB_TITLE, jobTitle, MembershipApplication.ORGANISATION, organisation,
            MembershipApplication.REASON, reason);

    JoinView(MembershipService membership, OrganisationChoices organisations) {
        this.membership = membership;
        setMaxWidth("48rem");
        fullName.setId("full-name");
        fullName.setMaxLength(MembershipApplication.MAX_NAME);
        email.setId("email");
        email.setHelperText("The community is open to NHS staff: use your work address. We will email it a link "
                + "to confirm it is yours.");
        jobTitle.setId("job-title");
        jobTitle.setMaxLength(MembershipApplication.MAX_JOB_TITLE);
        organisation.setId("organisation");
        organisation.setItems(organisations.activeOrganisations());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        reason.setId("reason");
        reason.setMaxLength(MembershipApplication.MAX_REASON);
        Button submit = new Button("Send request", click -> submit());
        submit.setId("send-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fullName, email, jobTitle, organisation, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Ask to join the community"),
                new Paragraph("Members are people professionals from NHS organisations: HR and employee relations, "
                        + "Freedom to Speak Up guardians, safeguarding leads, organisational development, wellbeing "
                        + "guardians, managers and educators."),
                new Paragraph("First we email you a link to confirm your address, where you choose your password. "
                        + "Then an administrator checks your request, usually within two working days, and we "
                        + "email you their decision."),
                form, messages, submit);
    }

    private void submit() {
        fields.values().forEach(field -> field.setInvalid(false));
        messages.removeAll();
        OrganisationOption chosen = organisation.getValue();
        try {
            membership.requestMembership(new MembershipApplication(fullName.getValue(), email.getValue(),
                    jobTitle.getValue(), chosen == null ? null : chosen.id(), reason.getValue()),
                    ClientAddress.current());
            showConfirmation(email.getValue().strip());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        } catch (TooManyAttemptsException throttled) {
            messages.add(Notice.problem("join-throttled", throttled.getMessage()));
        }
    }

    private void showConfirmation(String address) {
        removeAll();
        H2 heading = new H2("Check your email");
        heading.setId("request-sent");
        // The same words whatever the address's state: only its owner learns more, by email.
        add(new H1("Ask to join the community"), heading,
                new Paragraph("If " + address + " may join, we have sent it a link to confirm the address and "
                        + "choose your password. The link works once, for " + membership.confirmationLinkHours()
                        + " hours. Your request goes to the administrators only once you have confirmed it."),
                new Paragraph("No email after a few minutes? Check your junk folder, and that the address is "
                        + "right. We send at most one email a minute to an address."));
    }
}
