package uk.sexualsafety.cop.portal.resource.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.resource.ResourceLibrary;
import uk.sexualsafety.cop.portal.resource.ResourceSummary;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The community's training, guidance, recordings and toolkits, newest first, filtered by kind and theme. */
@Route(value = "resources", layout = MainLayout.class)
@PageTitle("Resources | Sexual Safety Community of Practice")
@Menu(order = 10, title = "Resources")
@RolesAllowed(Role.Names.MEMBER)
class ResourceLibraryView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ResourceLibrary library;
    private final ComboBox<ResourceKind> kind = new ComboBox<>("Kind");
    private final ComboBox<Theme> theme = new ComboBox<>("Theme");
    private final Grid<ResourceSummary> grid = new Grid<>();

    ResourceLibraryView(ResourceLibrary library) {
        this.library = library;
        setSizeFull();
        kind.setId("kind-filter");
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(ResourceKind::label);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        theme.setId("theme-filter");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        configureGrid();
        add(new H1("Resources"), new Paragraph("Training, guidance, recordings, toolkits and research shared by "
                + "the community. Use the search to look inside them."), new HorizontalLayout(kind, theme), grid);
    }

    private void configureGrid() {
        grid.setId("resources");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Resources");
        grid.addComponentColumn(ResourceLibraryView::describe).setHeader("Resource").setFlexGrow(4);
        grid.addColumn(resource -> resource.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(resource -> resource.themes().stream().map(Theme::label).sorted()
                .collect(Collectors.joining(", "))).setHeader("Themes").setFlexGrow(1);
        grid.addColumn(resource -> DATE.format(resource.publishedOn())).setHeader("Published").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> library.browse(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) library.count(filter()));
        grid.setSizeFull();
    }

    private ResourceLibrary.Filter filter() {
        return new ResourceLibrary.Filter(kind.getValue(), theme.getValue());
    }

    private static Div describe(ResourceSummary resource) {
        Anchor title = new Anchor(resource.url(), resource.title());
        title.addClassName("resource-title");
        Paragraph summary = new Paragraph(resource.summary());
        summary.addClassName("resource-summary");
        return new Div(title, summary);
    }
}
