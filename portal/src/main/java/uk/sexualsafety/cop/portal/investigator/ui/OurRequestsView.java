package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.Milestone;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequests;
import uk.sexualsafety.cop.portal.investigator.RequestDetails;
import uk.sexualsafety.cop.portal.investigator.RequestSummary;
import uk.sexualsafety.cop.portal.layout.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A requester follows their own organisation's requests; the service shows nothing of any other organisation's. */
@Route(value = "pool/requests", layout = MainLayout.class)
@PageTitle("Your organisation's requests | Sexual Safety Community of Practice")
@Menu(order = 46, title = "Your organisation's requests")
@RolesAllowed(Role.Names.TRUST_REQUESTER)
class OurRequestsView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final InvestigationRequests requests;
    private final Div details = new Div();

    OurRequestsView(InvestigationRequests requests) {
        this.requests = requests;
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId("our-requests");
        grid.addColumn(r -> r.category().label()).setHeader("About");
        grid.addColumn(r -> DATE.format(r.wantedStart())).setHeader("Wanted start");
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Asked");
        grid.setItems(requests.ourRequests());
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        details.setId("request-details");
        add(new H1("Your organisation's requests"),
                new Paragraph("Requests your organisation has made to the shared pool, and how far each has got. "
                        + "Select one to see its milestones."),
                new RouterLink("Request an investigator", RequestInvestigatorView.class), grid, details);
    }

    private void show(RequestSummary summary) {
        details.removeAll();
        if (summary == null) {
            return;
        }
        RequestDetails request = requests.request(summary.id());
        Paragraph status = new Paragraph("Status: " + request.request().status().label());
        status.setId("request-status");
        details.add(new H2(request.request().category().label() + ", from " + DATE.format(summary.wantedStart())),
                status, new Paragraph(request.summary()));
        request.investigator().ifPresent(contact -> {
            Paragraph investigator = new Paragraph("Investigator: " + contact.displayName()
                    + (contact.email() == null ? "" : ", " + contact.email())
                    + (contact.phone() == null ? "" : ", " + contact.phone()));
            investigator.setId("request-investigator");
            details.add(investigator);
        });
        request.progress().ifPresent(progress -> {
            UnorderedList milestones = new UnorderedList();
            milestones.setId("milestones");
            for (Milestone milestone : Milestone.values()) {
                var reached = progress.reached().get(milestone);
                milestones.add(new ListItem(milestone.label() + ": "
                        + (reached == null ? "not yet" : WHEN.format(reached))));
            }
            details.add(new H2("Milestones"), milestones);
        });
    }
}
