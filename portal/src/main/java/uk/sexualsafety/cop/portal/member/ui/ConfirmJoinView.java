package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.emaillink.EmailLinks;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.JoinConfirmation;
import uk.sexualsafety.cop.portal.member.MembershipService;
import uk.sexualsafety.cop.portal.password.ui.NewPasswordFields;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/**
 * Where the link in a confirmation email opens: the applicant checks their request and chooses their password, and
 * the request goes to the administrators. Opening the page changes nothing (mail scanners open links too); only
 * the button uses the link up.
 */
@Route(value = EmailLinks.CONFIRM_JOIN_PATH + "/:token", layout = MainLayout.class)
@PageTitle("Confirm your request to join | Sexual Safety Community of Practice")
@AnonymousAllowed
class ConfirmJoinView extends VerticalLayout implements BeforeEnterObserver {

    private final MembershipService membership;
    private final NewPasswordFields password = new NewPasswordFields("Choose a password");
    private String token;

    ConfirmJoinView(MembershipService membership) {
        this.membership = membership;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        membership.confirmation(token).ifPresentOrElse(this::showRequest, this::showLinkNoLongerWorks);
    }

    private void showRequest(JoinConfirmation request) {
        DescriptionList details = new DescriptionList();
        details.setId("request-details");
        details.add(new DescriptionList.Term("Name"), new DescriptionList.Description(request.fullName()));
        details.add(new DescriptionList.Term("Email address"), new DescriptionList.Description(request.email()));
        details.add(new DescriptionList.Term("Job title"), new DescriptionList.Description(request.jobTitle()));
        details.add(new DescriptionList.Term("Organisation"),
                new DescriptionList.Description(request.organisationName()));
        Button confirm = new Button("Confirm and send my request", click -> confirm());
        confirm.setId("confirm-request");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Confirm your request to join"),
                new Paragraph("Thank you for confirming your email address. Check your request, choose the password "
                        + "you will sign in with, and send it to the administrators."),
                details, password, confirm);
    }

    private void confirm() {
        password.clearProblems();
        try {
            membership.confirm(token, password.value());
            removeAll();
            H2 heading = new H2("Thank you: your request has been sent");
            heading.setId("request-confirmed");
            add(new H1("Confirm your request to join"), heading,
                    new Paragraph("An administrator will check it, usually within two working days, and we will "
                            + "email you their decision. Once it is approved you can sign in with your email "
                            + "address and the password you chose."));
        } catch (InvalidInputException invalid) {
            password.showProblems(invalid.problems());
        } catch (LinkNoLongerWorksException gone) {
            removeAll();
            showLinkNoLongerWorks();
        }
    }

    private void showLinkNoLongerWorks() {
        H2 heading = new H2("This link no longer works");
        heading.setId("link-no-longer-works");
        RouterLink again = new RouterLink("Ask to join again", JoinView.class);
        again.setId("ask-again");
        add(new H1("Confirm your request to join"), heading,
                new Paragraph("A link to confirm an address works once, for " + membership.confirmationLinkHours()
                        + " hours. If you have already used it, your request is waiting for an administrator and "
                        + "we will email you their decision. Otherwise, ask again and we will send a new link."),
                new Paragraph(again));
    }
}
