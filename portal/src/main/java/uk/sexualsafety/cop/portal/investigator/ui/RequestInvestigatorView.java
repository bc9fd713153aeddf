package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import uk.sexualsafety.cop.portal.layout.BritishDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.portal.investigator.FiledRequest;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequests;
import uk.sexualsafety.cop.portal.investigator.RequestForm;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A trust requester asks the shared pool for an independent investigator for their own organisation. */
@Route(value = "pool/requests/new", layout = MainLayout.class)
@PageTitle("Request an investigator | Sexual Safety Community of Practice")
@Menu(order = 45, title = "Request an investigator")
@RolesAllowed(Role.Names.TRUST_REQUESTER)
class RequestInvestigatorView extends VerticalLayout {

    private final InvestigationRequests requests;
    private final Long organisationId;
    private final Div messages = new Div();
    private final RadioButtonGroup<RequestCategory> category = new RadioButtonGroup<>("What is it about?");
    private final RadioButtonGroup<Complexity> complexity = new RadioButtonGroup<>("Complexity");
    private final Checkbox seniorLeader = new Checkbox("A senior leader is involved");
    private final CheckboxGroup<Specialism> specialisms = new CheckboxGroup<>("Specialisms needed");
    private final DatePicker wantedStart = new BritishDatePicker("Wanted start");
    private final IntegerField estimatedDays = new IntegerField("Estimated days of work");
    private final RadioButtonGroup<DeliveryMode> delivery = new RadioButtonGroup<>("Where");
    private final Checkbox excludeSameIcb = new Checkbox("Nobody employed in our integrated care board");
    private final TextArea summary = new TextArea("A short anonymised summary");
    private final Map<String, HasValidation> fields = Map.of(RequestForm.CATEGORY, category,
            RequestForm.COMPLEXITY, complexity, RequestForm.SPECIALISMS_NEEDED, specialisms,
            RequestForm.WANTED_START, wantedStart, RequestForm.ESTIMATED_DAYS, estimatedDays,
            RequestForm.DELIVERY_MODE, delivery, RequestForm.SUMMARY, summary);

    RequestInvestigatorView(InvestigationRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.organisationId = currentUser.require().organisationId();
        setMaxWidth("52rem");
        category.setId("category");
        category.setItems(RequestCategory.values());
        category.setItemLabelGenerator(RequestCategory::label);
        complexity.setId("complexity");
        complexity.setItems(Complexity.values());
        complexity.setItemLabelGenerator(Complexity::label);
        seniorLeader.setId("senior-leader");
        seniorLeader.addValueChangeListener(change -> excludeSameIcb.setValue(change.getValue()));
        specialisms.setId("specialisms-needed");
        specialisms.setItems(Specialism.values());
        specialisms.setItemLabelGenerator(Specialism::label);
        wantedStart.setId("wanted-start");
        estimatedDays.setId("estimated-days");
        estimatedDays.setMin(1);
        delivery.setId("delivery");
        delivery.setItems(DeliveryMode.values());
        delivery.setItemLabelGenerator(DeliveryMode::label);
        excludeSameIcb.setId("exclude-same-icb");
        excludeSameIcb.setHelperText("On by default when a senior leader is involved");
        summary.setId("request-summary");
        summary.setMaxLength(RequestForm.MAX_SUMMARY);
        summary.setWidthFull();
        summary.setHelperText("What the investigation is about, without the names of anyone involved. We check for "
                + "names and other details before anything is saved.");
        FormLayout form = new FormLayout(category, complexity, seniorLeader, specialisms, wantedStart, estimatedDays,
                delivery, excludeSameIcb, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button send = new Button("Send the request", click -> send());
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Request an independent investigator"),
                new Paragraph("The pool's coordinator matches your request with a vetted investigator who has no "
                        + "conflict with your organisation, and offers it to them. You can follow it on "
                        + "\u201CYour organisation's requests\u201D."),
                messages, form, send, new RouterLink("Your organisation's requests", OurRequestsView.class));
    }

    private void send() {
        messages.removeAll();
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            FiledRequest filed = requests.file(new RequestForm(organisationId, category.getValue(),
                    complexity.getValue(), seniorLeader.getValue(), specialisms.getValue(), wantedStart.getValue(),
                    estimatedDays.getValue(), delivery.getValue(), excludeSameIcb.getValue(), summary.getValue()));
            messages.add(Notice.success("request-filed", "Your request has gone to the pool's coordinator."
                    + warnings(filed.warnings())).focused());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                if (component != null) {
                    component.setErrorMessage(message);
                    component.setInvalid(true);
                } else {
                    messages.add(Notice.problem("request-problem", message));
                }
            });
        }
    }

    private static String warnings(List<Finding> warnings) {
        return warnings.isEmpty() ? "" : " Please check the summary: it may still contain "
                + warnings.stream().map(finding -> finding.type().label()).distinct()
                .collect(Collectors.joining(", ")) + ".";
    }
}
