package uk.sexualsafety.cop.portal.member.ui;

import com.vaadin.flow.component.button.Button;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
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
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.member.AccountErasure;
import uk.sexualsafety.cop.portal.member.MemberAdministration;
import uk.sexualsafety.cop.portal.member.MemberSummary;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorAdministration;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Members and their roles; suspending a member or ending their sessions signs them out at their next click. */
@Route(value = "admin/members", layout = MainLayout.class)
@PageTitle("Members | Sexual Safety Community of Practice")
@Menu(order = 120, title = "Members")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class MembersView extends VerticalLayout {

    private final MemberAdministration administration;
    private final TextField search = new TextField("Find a member by name, email address or organisation");
    private final Grid<MemberSummary> grid = new Grid<>();
    private final Span selection = new Span();
    private final Button changeRoles = new Button("Change roles");
    private final Button endSessions = new Button("End sessions");
    private final Button suspend = new Button("Suspend");
    private final Button reinstate = new Button("Reinstate");
    private final Button resetSecondFactor = new Button("Reset second step");
    private final Button erase = new Button("Erase account");
    private final AccountErasure erasure;
    private final SecondFactorAdministration secondFactors;
    private GridListDataView<MemberSummary> members;

    MembersView(MemberAdministration administration, SecondFactorAdministration secondFactors,
                AccountErasure erasure) {
        this.administration = administration;
        this.erasure = erasure;
        this.secondFactors = secondFactors;
        setSizeFull();
        add(new H1("Members"),
                new Paragraph("Everyone with an account. Changes of role, suspensions and ended sessions take "
                        + "effect at the member's next click, on every device."),
                search(), actions(), grid());
        refresh();
    }

    private TextField search() {
        search.setId("member-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.addValueChangeListener(change -> {
            members.refreshAll();
            // Narrowing the list keeps the chosen member chosen while they are still in it.
            selected().filter(member -> !matchesSearch(member)).ifPresent(member -> grid.deselectAll());
        });
        return search;
    }

    private HorizontalLayout actions() {
        selection.setId("selected-member");
        changeRoles.setId("change-roles");
        changeRoles.addClickListener(click -> selected().ifPresent(this::openRoles));
        endSessions.setId("end-sessions");
        endSessions.addClickListener(click -> selected().ifPresent(this::confirmEndSessions));
        suspend.setId("suspend-member");
        suspend.addClickListener(click -> selected().ifPresent(this::confirmSuspend));
        reinstate.setId("reinstate-member");
        reinstate.addClickListener(click -> selected().ifPresent(member -> setSuspended(member, false)));
        resetSecondFactor.setId("reset-second-factor");
        resetSecondFactor.addClickListener(click -> selected().ifPresent(this::confirmResetSecondFactor));
        erase.setId("erase-account");
        erase.addClickListener(click -> selected().ifPresent(this::openErasure));
        HorizontalLayout actions = new HorizontalLayout(changeRoles, endSessions, suspend, reinstate,
                resetSecondFactor, erase, selection);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        return actions;
    }

    private Grid<MemberSummary> grid() {
        grid.setId("members");
        grid.setAriaLabel("Members");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MemberSummary::displayName).setHeader("Name").setKey("name").setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(MemberSummary::email).setHeader("Email address").setKey("email").setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(MemberSummary::organisationName).setHeader("Organisation").setKey("organisation")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(MembersView::roleLabels).setHeader("Roles").setKey("roles").setFlexGrow(1);
        grid.addColumn(member -> statusLabel(member.status())).setHeader("Status").setKey("status")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No members match your search");
        ((GridSingleSelectionModel<MemberSummary>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> showActionsFor(change.getValue()));
        grid.setMinHeight("20rem");
        setFlexGrow(1, grid);
        return grid;
    }

    private void refresh() {
        refresh(selected().map(MemberSummary::id).orElse(null));
    }

    /** Reloads the list, keeping the member acted on chosen so that the next action needs no new search. */
    private void refresh(Long keepChosen) {
        List<MemberSummary> all = administration.members();
        members = grid.setItems(all);
        members.setFilter(this::matchesSearch);
        all.stream().filter(member -> keepChosen != null && member.id() == keepChosen && matchesSearch(member))
                .findFirst().ifPresentOrElse(grid::select, () -> showActionsFor(null));
    }

    private boolean matchesSearch(MemberSummary member) {
        String wanted = search.getValue().strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty()
                || member.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                || member.email().contains(wanted)
                || member.organisationName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private Optional<MemberSummary> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void showActionsFor(MemberSummary member) {
        boolean chosen = member != null;
        changeRoles.setEnabled(chosen);
        endSessions.setEnabled(chosen);
        suspend.setEnabled(chosen);
        suspend.setVisible(!chosen || member.status() == AccountStatus.ACTIVE);
        reinstate.setVisible(chosen && member.status() == AccountStatus.SUSPENDED);
        resetSecondFactor.setEnabled(chosen);
        erase.setEnabled(chosen && member.status() != AccountStatus.ERASED);
        selection.setText(chosen ? "Selected: " + member.displayName() : "Select a member to act on their account");
        String name = chosen ? " for " + member.displayName() : "";
        changeRoles.setAriaLabel("Change roles" + name);
        endSessions.setAriaLabel("End sessions" + name);
        suspend.setAriaLabel(chosen ? "Suspend " + member.displayName() : "Suspend");
        reinstate.setAriaLabel(chosen ? "Reinstate " + member.displayName() : "Reinstate");
        resetSecondFactor.setAriaLabel("Reset second step" + name);
        erase.setAriaLabel(chosen ? "Erase the account of " + member.displayName() : "Erase account");
    }

    /** At the person's request (decision 028): they are signed out everywhere and their name leaves the portal. */
    private void openErasure(MemberSummary member) {
        new EraseAccountDialog(erasure, member, ended -> {
            refresh(member.id());
            Notices.success(member.displayName() + "'s account is erased" + (ended == 0 ? ""
                    : " and " + (ended == 1 ? "1 sign-in was" : ended + " sign-ins were") + " ended"));
        }, this::problem).open();
    }

    private void openRoles(MemberSummary member) {
        new RolesDialog(administration, member, saved -> {
            refresh(saved.id());
            Notices.success("Roles saved for " + saved.displayName() + ": " + roleLabels(saved));
        }, this::problem).open();
    }

    private void confirmEndSessions(MemberSummary member) {
        new ConfirmationDialog("end-sessions-dialog", "End sessions",
                "Sign " + member.displayName() + " out everywhere? They can sign in again with their password.",
                "Sign out everywhere", () -> endSessions(member)).open();
    }

    private void endSessions(MemberSummary member) {
        try {
            int ended = administration.endSessions(member.id());
            Notices.success(ended == 0 ? member.displayName() + " was not signed in anywhere"
                    : "Signed out of " + ended + (ended == 1 ? " session" : " sessions") + ": "
                    + member.displayName() + " must sign in again");
        } catch (ConcurrentChangeException conflict) {
            problem(conflict.getMessage());
        }
    }

    /** For a member who lost the phone with their authenticator app and their recovery codes (decision 033). */
    private void confirmResetSecondFactor(MemberSummary member) {
        new ConfirmationDialog("reset-second-factor-dialog", "Reset " + member.displayName() + "'s second step?",
                "Only do this once you are sure it is them asking. Their authenticator app and recovery codes "
                        + "stop working, they are signed out everywhere, and they set up a new app at their next "
                        + "sign-in with their password.",
                "Reset second step", () -> {
                    boolean had = secondFactors.reset(member.id());
                    Notices.success(had ? member.displayName() + " will set up a new second step at their next "
                            + "sign-in" : member.displayName() + " had no second step; they were signed out");
                }).open();
    }

    private void confirmSuspend(MemberSummary member) {
        new ConfirmationDialog("suspend-dialog", "Suspend " + member.displayName() + "?",
                "They are signed out everywhere at once and cannot sign in until an administrator reinstates "
                        + "them. What they have contributed stays.",
                "Suspend", () -> setSuspended(member, true)).open();
    }

    private void setSuspended(MemberSummary member, boolean suspended) {
        try {
            administration.setSuspended(member.ref(), suspended);
            refresh(member.id());
            Notices.success(suspended ? member.displayName() + " is suspended and was signed out everywhere"
                    : member.displayName() + " is reinstated and can sign in again");
        } catch (InvalidInputException refused) {
            problem(String.join(" ", refused.problems().values()));
        } catch (ConcurrentChangeException conflict) {
            problem(conflict.getMessage());
        }
    }

    private void problem(String message) {
        refresh();
        Notices.problem(message);
    }

    private static String roleLabels(MemberSummary member) {
        return member.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private static String statusLabel(AccountStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case ERASED -> "Erased";
        };
    }
}
