package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.InvestigationRequests;
import uk.sexualsafety.cop.portal.investigator.RequestSummary;
import uk.sexualsafety.cop.portal.layout.MainLayout;

/** The coordinator's list of requests waiting for an investigator, oldest first. */
@Route(value = "pool/requests/open", layout = MainLayout.class)
@PageTitle("Requests to allocate | Sexual Safety Community of Practice")
@Menu(order = 51, title = "Requests to allocate")
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class OpenRequestsView extends VerticalLayout {

    OpenRequestsView(InvestigationRequests requests) {
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId("open-requests");
        grid.addColumn(RequestSummary::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(r -> r.category().label()).setHeader("About");
        grid.addColumn(r -> OurRequestsView.DATE.format(r.wantedStart())).setHeader("Wanted start");
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addComponentColumn(r -> {
            Button allocate = new Button("Allocate", click -> click.getSource().getUI().ifPresent(ui ->
                    ui.navigate(AllocateRequestView.class, new RouteParameters("requestId", String.valueOf(r.id())))));
            allocate.setId("allocate-" + r.id());
            allocate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            allocate.getElement().setAttribute("aria-label", "Allocate the request from " + r.organisationName()
                    + " about " + r.category().label().toLowerCase());
            return allocate;
        }).setHeader("Open").setAutoWidth(true);
        grid.setItems(requests.waitingRequests());
        add(new H1("Requests to allocate"), new Paragraph("Each request waits for one investigator at a time: offer "
                + "it to the best match; if they decline or do not answer in time, offer it to the next."), grid);
    }
}
