package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.MembershipService;
import uk.sexualsafety.cop.portal.member.PendingMembershipRequest;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The requests to join that wait for an administrator's decision. */
@Route(value = "admin/membership-requests", layout = MainLayout.class)
@PageTitle("Membership requests | Sexual Safety Community of Practice")
@Menu(order = 110, title = "Membership requests")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class MembershipRequestsView extends VerticalLayout {

    private static final DateTimeFormatter REQUESTED_AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final MembershipService membership;
    private final Grid<PendingMembershipRequest> grid = new Grid<>();
    private final TextField filter = new TextField("Find a request");
    private final Span selection = new Span();
    private List<PendingMembershipRequest> waiting = List.of();
    private final Button approve = new Button("Approve");
    private final Button decline = new Button("Decline");

    MembershipRequestsView(MembershipService membership) {
        this.membership = membership;
        setMaxWidth("90rem");
        add(new H1("Membership requests"),
                new Paragraph("People who asked to join, oldest first. Check that each one works for the "
                        + "organisation they name and has a reason to be here. Approving gives them a member's "
                        + "account at once; they sign in with the password they chose."),
                filter(), actions(), grid());
        refresh();
    }

    private TextField filter() {
        filter.setId("request-filter");
        filter.setHelperText("By name, email address or organisation");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> showWaiting());
        return filter;
    }

    private HorizontalLayout actions() {
        selection.setId("selected-request");
        approve.setId("approve-request");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> selected().ifPresent(this::approve));
        decline.setId("decline-request");
        decline.addClickListener(click -> selected().ifPresent(this::askToDecline));
        HorizontalLayout actions = new HorizontalLayout(approve, decline, selection);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Grid<PendingMembershipRequest> grid() {
        grid.setId("membership-requests");
        grid.setAriaLabel("Membership requests waiting for a decision");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PendingMembershipRequest::fullName).setHeader("Name").setKey("name").setFlexGrow(1);
        grid.addColumn(PendingMembershipRequest::email).setHeader("Email address").setKey("email").setFlexGrow(1);
        grid.addColumn(PendingMembershipRequest::jobTitle).setHeader("Job title").setKey("job-title").setFlexGrow(1);
        grid.addColumn(PendingMembershipRequest::organisationName).setHeader("Organisation").setKey("organisation")
                .setFlexGrow(1);
        grid.addColumn(request -> request.reason() == null ? "" : request.reason()).setHeader("Reason")
                .setKey("reason").setFlexGrow(2);
        grid.addColumn(request -> REQUESTED_AT.format(request.requestedAt())).setHeader("Requested")
                .setKey("requested").setAutoWidth(true).setFlexGrow(0);
        Span empty = new Span("No requests are waiting");
        empty.setId("no-requests");
        grid.setEmptyStateComponent(empty);
        // A queue is short, and every request should be in view without scrolling inside the grid.
        grid.setAllRowsVisible(true);
        ((GridSingleSelectionModel<PendingMembershipRequest>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> showActionsFor(change.getValue()));
        return grid;
    }

    private void refresh() {
        waiting = membership.pendingRequests();
        showWaiting();
    }

    private void showWaiting() {
        grid.setItems(waiting.stream().filter(request -> request.matches(filter.getValue())).toList());
        showActionsFor(null);
    }

    private Optional<PendingMembershipRequest> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void showActionsFor(PendingMembershipRequest request) {
        approve.setEnabled(request != null);
        decline.setEnabled(request != null);
        selection.setText(request == null ? "Select a request to decide on it"
                : "Selected: " + request.fullName() + ", " + request.email());
        String from = request == null ? "" : " the request from " + request.fullName();
        approve.setAriaLabel("Approve" + from);
        decline.setAriaLabel("Decline" + from);
    }

    private void approve(PendingMembershipRequest request) {
        try {
            membership.approve(request.ref());
            refresh();
            Notices.success(request.fullName() + " is now a member and can sign in");
        } catch (ConcurrentChangeException conflict) {
            refresh();
            Notices.problem(conflict.getMessage());
        }
    }

    private void askToDecline(PendingMembershipRequest request) {
        new DeclineDialog(membership, request, () -> {
            refresh();
            Notices.success("The request from " + request.fullName() + " was declined");
        }, message -> {
            refresh();
            Notices.problem(message);
        }).open();
    }
}
