package uk.sexualsafety.cop.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.organisation.IcbOption;
import uk.sexualsafety.cop.portal.organisation.OrganisationDirectory;
import uk.sexualsafety.cop.portal.organisation.OrganisationEntry;
import uk.sexualsafety.cop.portal.organisation.OrganisationFilter;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.List;
import java.util.Optional;

/** The organisations directory: find, add, change, deactivate and reactivate organisations. */
@Route(value = "admin/organisations", layout = MainLayout.class)
@PageTitle("Organisations | Sexual Safety Community of Practice")
@Menu(order = 100, title = "Organisations")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class OrganisationsView extends VerticalLayout {

    private final OrganisationDirectory directory;
    private final TextField search = new TextField("Search by name or short name");
    private final ComboBox<OrganisationType> typeFilter = new ComboBox<>("Type");
    private final ComboBox<Nation> nationFilter = new ComboBox<>("Nation");
    private final ComboBox<IcbOption> icbFilter = new ComboBox<>("Integrated care board");
    private final Grid<OrganisationEntry> grid = new Grid<>();
    private final Button edit = new Button("Edit");
    private final Button deactivate = new Button("Deactivate");
    private final Button reactivate = new Button("Reactivate");

    OrganisationsView(OrganisationDirectory directory) {
        this.directory = directory;
        setSizeFull();
        add(new H1("Organisations"),
                new Paragraph("Every UK ambulance service and the other NHS organisations whose staff can join. "
                        + "Organisations in England belong to an integrated care board; elsewhere, to their "
                        + "nation. A deactivated organisation stays here for the record, but people can no longer "
                        + "choose it when they ask to join."),
                filters(), actions(), grid());
        refresh();
    }

    private HorizontalLayout filters() {
        search.setId("organisation-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        typeFilter.setId("filter-type");
        typeFilter.setItems(OrganisationType.values());
        typeFilter.setItemLabelGenerator(OrganisationType::label);
        typeFilter.setClearButtonVisible(true);
        typeFilter.addValueChangeListener(change -> refresh());
        nationFilter.setId("filter-nation");
        nationFilter.setItems(Nation.values());
        nationFilter.setItemLabelGenerator(Nation::label);
        nationFilter.setClearButtonVisible(true);
        nationFilter.addValueChangeListener(change -> refresh());
        icbFilter.setId("filter-icb");
        icbFilter.setItems(directory.icbs());
        icbFilter.setItemLabelGenerator(IcbOption::name);
        icbFilter.setClearButtonVisible(true);
        icbFilter.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, typeFilter, nationFilter, icbFilter);
        filters.setId("organisation-filters");
        filters.setWrap(true);
        return filters;
    }

    private HorizontalLayout actions() {
        Button add = new Button("Add organisation", click -> openDialog(null));
        add.setId("add-organisation");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("edit-organisation");
        edit.addClickListener(click -> selected().ifPresent(this::openDialog));
        deactivate.setId("deactivate-organisation");
        deactivate.addClickListener(click -> selected().ifPresent(entry -> setActive(entry, false)));
        reactivate.setId("reactivate-organisation");
        reactivate.addClickListener(click -> selected().ifPresent(entry -> setActive(entry, true)));
        HorizontalLayout actions = new HorizontalLayout(add, edit, deactivate, reactivate);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        showActionsFor(null);
        return actions;
    }

    private Grid<OrganisationEntry> grid() {
        grid.setId("organisations");
        grid.setAriaLabel("Organisations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OrganisationEntry::name).setHeader("Name").setKey("name").setFlexGrow(3).setSortable(true);
        grid.addColumn(OrganisationEntry::shortNameLabel).setHeader("Short name").setKey("short-name")
                .setAutoWidth(true);
        grid.addColumn(OrganisationEntry::typeLabel).setHeader("Type").setKey("type").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(OrganisationEntry::nationLabel).setHeader("Nation").setKey("nation").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(OrganisationEntry::icbLabel).setHeader("ICB").setKey("icb").setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(OrganisationEntry::regionLabel).setHeader("Region").setKey("region").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(entry -> entry.active() ? "Active" : "Deactivated").setHeader("Status").setKey("status")
                .setAutoWidth(true);
        grid.setEmptyStateText("No organisations match these filters");
        ((GridSingleSelectionModel<OrganisationEntry>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(change -> showActionsFor(change.getValue()));
        grid.setMinHeight("20rem");
        setFlexGrow(1, grid);
        return grid;
    }

    private void refresh() {
        refresh(selected().map(OrganisationEntry::id).orElse(null));
    }

    /** Reloads the list; the organisation chosen (or just saved) stays chosen while the filters show it. */
    private void refresh(Long keepChosen) {
        List<OrganisationEntry> entries = directory.organisations(new OrganisationFilter(search.getValue(),
                typeFilter.getValue(), nationFilter.getValue(),
                icbFilter.getValue() == null ? null : icbFilter.getValue().id()));
        grid.setItems(entries);
        entries.stream().filter(entry -> keepChosen != null && entry.id() == keepChosen).findFirst()
                .ifPresentOrElse(grid::select, () -> showActionsFor(null));
    }

    private Optional<OrganisationEntry> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void showActionsFor(OrganisationEntry entry) {
        edit.setEnabled(entry != null);
        deactivate.setEnabled(entry != null);
        deactivate.setVisible(entry == null || entry.active());
        reactivate.setVisible(entry != null && !entry.active());
        // The visible words stay short; screen readers hear which organisation the buttons act on.
        String name = entry == null ? "" : " " + entry.name();
        edit.setAriaLabel("Edit" + name);
        deactivate.setAriaLabel("Deactivate" + name);
        reactivate.setAriaLabel("Reactivate" + name);
    }

    private void openDialog(OrganisationEntry existing) {
        new OrganisationDialog(directory, existing, saved -> {
            refresh(saved.id());
            success(existing == null ? saved.name() + " was added to the directory" : "Changes saved");
        }, this::problem).open();
    }

    private void setActive(OrganisationEntry entry, boolean active) {
        try {
            directory.setActive(entry.ref(), active);
            refresh();
            success(active ? entry.name() + " was reactivated"
                    : entry.name() + " was deactivated: people can no longer choose it when they ask to join");
        } catch (ConcurrentChangeException conflict) {
            problem(conflict.getMessage());
        }
    }

    private static void success(String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void problem(String message) {
        refresh();
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
