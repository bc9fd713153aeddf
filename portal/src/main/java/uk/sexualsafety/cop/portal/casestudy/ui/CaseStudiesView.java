package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyFilter;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyOrder;
import uk.sexualsafety.cop.portal.casestudy.CaseStudySummary;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library of published case studies: filters by theme, structure of harm, kind of organisation, Charter
 * commitment and year, three orders, a page at a time with the number found.
 */
@Route(value = "case-studies", layout = MainLayout.class)
@PageTitle("Case studies | Sexual Safety Community of Practice")
@Menu(order = 12, title = "Case studies")
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class CaseStudiesView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int PAGE_SIZE = 20;

    private final CaseStudyLibrary library;
    private final Select<Theme> theme = filter("theme-filter", "Theme", Theme.values(), Theme::label);
    private final Select<HarmStructure> harm = filter("harm-filter", "Who harmed whom", HarmStructure.values(),
            HarmStructure::label);
    private final Select<OrganisationType> organisationType = filter("organisation-type-filter",
            "Kind of organisation", OrganisationType.values(), OrganisationType::label);
    private final Select<Integer> commitment;
    private final Select<Integer> year;
    private final Select<CaseStudyOrder> order = new Select<>();
    private final Paragraph count = new Paragraph();
    private final VerticalLayout list = new VerticalLayout();
    private final Button more = new Button("Show more case studies");
    private int pagesShown;

    CaseStudiesView(CaseStudyLibrary library, CurrentUser currentUser) {
        this.library = library;
        setMaxWidth("60rem");
        Map<Integer, String> commitments = library.charterCommitments();
        commitment = filter("commitment-filter", "Charter commitment", commitments.keySet().stream().sorted()
                .toArray(Integer[]::new), number -> number + ". " + commitments.get(number));
        year = filter("year-filter", "First published in", library.publicationYears().toArray(Integer[]::new),
                String::valueOf);
        order.setLabel("Order");
        order.setId("order");
        order.setItems(CaseStudyOrder.values());
        order.setItemLabelGenerator(CaseStudyOrder::label);
        order.setValue(CaseStudyOrder.NEWEST);
        order.addValueChangeListener(change -> reload());
        FlexLayout filters = new FlexLayout(theme, harm, organisationType, commitment, year, order);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        count.setId("case-study-count");
        count.getElement().setAttribute("role", "status");
        list.setId("case-studies");
        list.setPadding(false);
        more.setId("more-case-studies");
        more.addClickListener(click -> showNextPage());
        add(new H1("Case studies"), new Paragraph("Anonymised accounts of how organisations responded to sexual "
                + "harassment and misconduct, written by members to learn from together. Each has been checked by "
                + "a moderator so that nobody can be identified."));
        if (currentUser.require().hasRole(Role.MEMBER)) {
            RouterLink write = new RouterLink("Write a case study", CaseStudyEditorView.class);
            write.setId("write-case-study");
            add(write);
        }
        add(filters, count, list, more);
        reload();
    }

    private <T> Select<T> filter(String id, String label, T[] values, Function<T, String> name) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
        select.setItemLabelGenerator(value -> value == null ? "Any" : name.apply(value));
        select.addValueChangeListener(change -> reload());
        return select;
    }

    private void reload() {
        list.removeAll();
        pagesShown = 0;
        showNextPage();
    }

    private void showNextPage() {
        Page<CaseStudySummary> page = library.published(new CaseStudyFilter(theme.getValue(), harm.getValue(),
                organisationType.getValue(), commitment.getValue(), year.getValue()), order.getValue(), pagesShown,
                PAGE_SIZE);
        page.forEach(found -> list.add(card(found)));
        long total = page.getTotalElements();
        count.setText(total == 0 ? "No published case studies match these choices yet."
                : total == 1 ? "1 case study" : total + " case studies");
        pagesShown++;
        more.setVisible(page.hasNext());
    }

    private static Div card(CaseStudySummary found) {
        RouterLink link = new RouterLink(found.title(), CaseStudyView.class,
                new RouteParameters("caseStudyId", String.valueOf(found.id())));
        Paragraph about = new Paragraph(found.organisationType().label() + " \u00B7 " + found.harmStructure().label()
                + " \u00B7 published " + DATE.format(found.firstPublishedOn())
                + (found.versionNumber() > 1 ? " \u00B7 version " + found.versionNumber() : ""));
        Paragraph themes = new Paragraph("Themes: " + found.themes().stream().map(Theme::label)
                .collect(Collectors.joining(", ")));
        Div card = new Div(new H2(link), about, new Paragraph(found.summary()), themes);
        card.setId("case-study-" + found.id());
        card.addClassName("story-card");
        return card;
    }
}
