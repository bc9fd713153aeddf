package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.Milestone;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.AssignmentSummary;
import uk.sexualsafety.cop.portal.investigator.Assignments;
import uk.sexualsafety.cop.portal.investigator.CaseDetails;
import uk.sexualsafety.cop.portal.investigator.OfferToInvestigator;
import uk.sexualsafety.cop.portal.investigator.PoolActionRefusedException;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.layout.TextDialog;

import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An investigator's offers and cases: accept or decline an offer, sign the conflict declaration before seeing a
 * case's details, then record its milestones.
 */
@Route(value = "investigator/cases", layout = MainLayout.class)
@PageTitle("Your offers and cases | Sexual Safety Community of Practice")
@Menu(order = 41, title = "Your offers and cases")
@RolesAllowed(Role.Names.INVESTIGATOR)
class YourCasesView extends VerticalLayout {

    private final Assignments assignments;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();

    YourCasesView(Assignments assignments) {
        this.assignments = assignments;
        setMaxWidth("56rem");
        content.setPadding(false);
        add(new H1("Your offers and cases"), messages, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        content.add(new H2("Offers waiting for your answer"));
        var offers = assignments.myOffers();
        if (offers.isEmpty()) {
            content.add(new Paragraph("No offers are waiting for you."));
        }
        offers.forEach(offer -> content.add(offer(offer)));
        content.add(new H2("Your cases"));
        var cases = assignments.myAssignments();
        if (cases.isEmpty()) {
            content.add(new Paragraph("You have no cases yet."));
        }
        cases.forEach(assignment -> content.add(assignment(assignment)));
    }

    private Component offer(OfferToInvestigator offer) {
        Div card = new Div(new H3(offer.category().label() + " for " + offer.organisationName()),
                new Paragraph(offer.area() + " \u00B7 " + offer.deliveryMode().label() + " \u00B7 from "
                        + OurRequestsView.DATE.format(offer.wantedStart()) + " \u00B7 about " + offer.estimatedDays()
                        + " days \u00B7 " + offer.complexity().label() + " complexity"
                        + (offer.seniorLeaderInvolved() ? " \u00B7 a senior leader is involved" : "")),
                new Paragraph("Specialisms needed: " + offer.specialismsNeeded().stream().map(Specialism::label)
                        .sorted().collect(Collectors.joining(", "))),
                new Paragraph("Please answer by " + OurRequestsView.WHEN.format(offer.expiresAt()) + "."));
        card.setId("offer-" + offer.offerId());
        card.addClassName("story-card");
        Button accept = new Button("Accept", click -> act(() -> assignments.accept(offer.offerId()),
                "Accepted. Sign the conflict declaration to see the case's details."));
        accept.setId("accept-" + offer.offerId());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", click -> askText("Decline this offer", "Your reason (the coordinator "
                + "sees it)", "Decline", Assignments.MAX_REASON, reason -> act(
                        () -> assignments.decline(offer.offerId(), reason),
                        "Declined. The coordinator will offer it to someone else.")));
        decline.setId("decline-" + offer.offerId());
        card.add(new HorizontalLayout(accept, decline));
        return card;
    }

    private Component assignment(AssignmentSummary assignment) {
        Div card = new Div(new H3(assignment.category().label() + " for " + assignment.organisationName()));
        card.setId("case-" + assignment.assignmentId());
        card.addClassName("story-card");
        if (assignment.progress().declarationSignedAt().isEmpty()) {
            card.add(new Paragraph("Before you see this case's details, confirm that you have no conflict of "
                    + "interest with the organisation or anyone involved that you have not declared."));
            Button sign = new Button("Sign the conflict declaration", click -> askText("Conflict declaration",
                    "Your declaration, in your own words", "Sign", Assignments.MAX_STATEMENT, statement -> act(
                            () -> assignments.signDeclaration(assignment.assignmentId(), statement),
                            "Signed. The case's details are below.")));
            sign.setId("sign-declaration-" + assignment.assignmentId());
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(sign);
            return card;
        }
        CaseDetails details = assignments.caseDetails(assignment.assignmentId());
        Paragraph summary = new Paragraph(details.summary());
        summary.setId("case-summary-" + assignment.assignmentId());
        UnorderedList milestones = new UnorderedList();
        milestones.setId("milestones-" + assignment.assignmentId());
        for (Milestone milestone : Milestone.values()) {
            var reached = assignment.progress().reached().get(milestone);
            milestones.add(new ListItem(milestone.label() + ": "
                    + (reached == null ? "not yet" : OurRequestsView.WHEN.format(reached))));
        }
        card.add(summary, new Paragraph("Requester: " + details.requesterName() + ", " + details.requesterEmail()),
                milestones);
        assignment.progress().next().ifPresent(next -> {
            Button record = new Button("Record: " + next.label(), click -> act(
                    () -> assignments.recordMilestone(assignment.assignmentId(), next), next.label() + " recorded."));
            record.setId("milestone-" + assignment.assignmentId());
            Button withdraw = new Button("Withdraw from this case", click -> askText("Withdraw from this case",
                    "Your reason", "Withdraw", Assignments.MAX_REASON, reason -> act(
                            () -> assignments.withdraw(assignment.assignmentId(), reason),
                            "You have withdrawn. The coordinator will reassign the case.")));
            withdraw.setId("withdraw-" + assignment.assignmentId());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(new HorizontalLayout(record, withdraw));
        });
        return card;
    }

    private static void askText(String title, String label, String confirmLabel, int maxLength,
                                Consumer<String> action) {
        new TextDialog("text-dialog", title, label, confirmLabel, maxLength, action).open();
    }

    /** Runs an answer; a refusal (expired, answered already) is shown, and the page shows the state as it is now. */
    private void act(Runnable action, String confirmation) {
        messages.removeAll();
        try {
            action.run();
            messages.add(Notice.success("case-done", confirmation).focused());
        } catch (PoolActionRefusedException refused) {
            messages.add(Notice.problem("case-refused", refused.getMessage()).focused());
        }
        refresh();
    }
}
