package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyNotFoundException;
import uk.sexualsafety.cop.portal.casestudy.FieldComparison;
import uk.sexualsafety.cop.portal.casestudy.VersionComparison;
import uk.sexualsafety.cop.portal.casestudy.VersionEntry;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;

import java.util.List;
import java.util.Map;

/**
 * Two versions of a case study side by side, field by field, each changed field marked in words; for its author
 * and the moderators. The address names the versions: {@code case-studies/7/compare?from=1&to=2}.
 */
@Route(value = "case-studies/:caseStudyId([0-9]+)/compare", layout = MainLayout.class)
@PageTitle("Compare versions | Sexual Safety Community of Practice")
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class CompareVersionsView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseStudyLibrary library;

    CompareVersionsView(CaseStudyLibrary library) {
        this.library = library;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = Long.parseLong(event.getRouteParameters().get("caseStudyId").orElseThrow());
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            int from = number(query, "from");
            int to = number(query, "to");
            show(library.compare(id, from, to));
        } catch (NumberFormatException | CaseStudyNotFoundException missing) {
            add(new H1("Versions not available"), Notice.information("comparison-missing", "These versions "
                    + "cannot be compared: the case study or one of its versions is not available to you."));
        }
    }

    /** The two choices of version and a button that opens their comparison, for the reading view. */
    static Component chooser(long caseStudyId, List<VersionEntry> versions, int from, int to) {
        Select<Integer> first = versionSelect("compare-from", "Compare version", versions, from);
        Select<Integer> second = versionSelect("compare-to", "with version", versions, to);
        Button compare = new Button("Compare", click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                CompareVersionsView.class, new RouteParameters("caseStudyId", String.valueOf(caseStudyId)),
                QueryParameters.simple(Map.of("from", String.valueOf(first.getValue()), "to",
                        String.valueOf(second.getValue()))))));
        compare.setId("compare-versions");
        HorizontalLayout row = new HorizontalLayout(first, second, compare);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void show(VersionComparison comparison) {
        H1 heading = new H1("Compare versions: " + comparison.title());
        heading.setId("comparison-heading");
        long changed = comparison.fields().stream().filter(FieldComparison::changed).count();
        Paragraph summary = new Paragraph(changed == 0 ? "These versions are the same."
                : changed == 1 ? "1 field changed." : changed + " fields changed.");
        summary.setId("comparison-summary");
        add(new RouterLink("Back to the case study", CaseStudyView.class,
                        new RouteParameters("caseStudyId", String.valueOf(comparison.caseStudyId()))),
                heading, chooser(comparison.caseStudyId(), comparison.versions(), comparison.from().number(),
                        comparison.to().number()), summary, table(comparison));
    }

    private static NativeTable table(VersionComparison comparison) {
        NativeTable table = new NativeTable();
        table.setId("comparison");
        table.addClassName("comparison-table");
        table.setCaptionText("Version " + comparison.from().number() + " and version " + comparison.to().number()
                + ", field by field");
        NativeTableRow head = table.getHead().addRow();
        header(head, "Field", "col");
        header(head, title(comparison.from()), "col");
        header(head, title(comparison.to()), "col");
        for (FieldComparison field : comparison.fields()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("compare-" + field.key());
            NativeTableHeaderCell label = header(row, field.label(), "row");
            if (field.changed()) {
                row.addClassName("comparison-changed");
                Span mark = new Span("Changed");
                mark.addClassName("badge-changed");
                label.add(mark);
            }
            row.addDataCell().setText(field.fromText());
            row.addDataCell().setText(field.toText());
        }
        return table;
    }

    private static String title(VersionEntry version) {
        return "Version " + version.number() + " (" + CaseStudiesView.DATE.format(version.publishedOn()) + ")";
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static Select<Integer> versionSelect(String id, String label, List<VersionEntry> versions, int value) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(versions.stream().map(VersionEntry::number).toList());
        select.setItemLabelGenerator(number -> "Version " + number);
        select.setValue(value);
        return select;
    }

    private static int number(Map<String, List<String>> query, String name) {
        return Integer.parseInt(query.getOrDefault(name, List.of("")).getFirst());
    }
}
