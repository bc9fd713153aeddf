package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.organisation.IcbOption;
import uk.sexualsafety.cop.portal.organisation.OrganisationChoices;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.policy.CommitmentOption;
import uk.sexualsafety.cop.portal.policy.PolicyFilter;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicySummary;

/**
 * The shared policy library: every organisation's current policies, most recently changed first, filtered by kind,
 * organisation, nation or integrated care board, Charter commitment and overdue review. Policies whose review date
 * has passed say so in their row.
 */
@Route(value = "policies", layout = MainLayout.class)
@PageTitle("Policies" + PolicyViews.TITLE_SUFFIX)
@Menu(order = 11, title = "Policies")
@RolesAllowed(Role.Names.MEMBER)
class PolicyLibraryView extends VerticalLayout {

    private final PolicyLibrary library;
    private final ComboBox<PolicyType> type = new ComboBox<>("Kind of policy");
    private final ComboBox<OrganisationOption> organisation = new ComboBox<>("Organisation");
    private final ComboBox<Nation> nation = new ComboBox<>("Nation");
    private final ComboBox<IcbOption> icb = new ComboBox<>("Integrated care board");
    private final ComboBox<CommitmentOption> commitment = new ComboBox<>("Charter commitment");
    private final Checkbox overdue = new Checkbox("Only policies overdue for review");
    private final Grid<PolicySummary> grid = new Grid<>();

    PolicyLibraryView(PolicyLibrary library, OrganisationChoices choices) {
        this.library = library;
        setSizeFull();
        type.setId("type-filter");
        type.setItems(PolicyType.values());
        type.setItemLabelGenerator(PolicyType::label);
        organisation.setId("organisation-filter");
        organisation.setItems(library.organisationsWithPolicies());
        organisation.setItemLabelGenerator(OrganisationOption::name);
        nation.setId("nation-filter");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        icb.setId("icb-filter");
        icb.setItems(choices.icbs());
        icb.setItemLabelGenerator(IcbOption::name);
        commitment.setId("commitment-filter");
        commitment.setItems(library.commitmentOptions());
        commitment.setItemLabelGenerator(CommitmentOption::label);
        for (ComboBox<?> filter : new ComboBox<?>[]{type, organisation, nation, icb, commitment}) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        overdue.setId("overdue-filter");
        overdue.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(type, organisation, nation, icb, commitment, overdue);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        RouterLink share = new RouterLink("Share a policy", SharePolicyView.class);
        share.setId("share-a-policy");
        RouterLink coverage = new RouterLink("Which Charter commitments each organisation's policies cover",
                PolicyCoverageView.class);
        coverage.setId("coverage-link");
        configureGrid();
        add(new H1("Policies"), new Paragraph("Local policies shared by organisations across the community, each "
                        + "with its versions and its text. Use the search to look inside them."),
                new HorizontalLayout(share, coverage), filters, grid);
    }

    private void configureGrid() {
        grid.setId("policies");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Policies");
        grid.addComponentColumn(PolicyLibraryView::describe).setHeader("Policy").setFlexGrow(4);
        grid.addColumn(policy -> policy.type().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(policy -> policy.versionLabel() + ", from " + PolicyViews.SHORT_DATE.format(
                policy.effectiveOn())).setHeader("Version").setFlexGrow(1);
        grid.addColumn(policy -> PolicyViews.SHORT_DATE.format(policy.reviewDueOn())).setHeader("Next review")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> library.browse(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) library.count(filter()));
        grid.setSizeFull();
    }

    private PolicyFilter filter() {
        return new PolicyFilter(type.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), nation.getValue(),
                icb.getValue() == null ? null : icb.getValue().id(),
                commitment.getValue() == null ? null : commitment.getValue().number(), overdue.getValue());
    }

    private static Div describe(PolicySummary policy) {
        RouterLink title = new RouterLink(policy.title(), PolicyView.class, PolicyViews.parameters(policy.id()));
        title.addClassName("policy-title");
        Span organisation = new Span(policy.organisationName());
        organisation.addClassName("policy-organisation");
        Div cell = new Div(title, organisation);
        if (policy.reviewOverdue()) {
            // Beside the title, where it is read first; in words, not only in colour.
            Span overdue = new Span("Review overdue");
            overdue.addClassNames("badge-overdue", "review-overdue");
            cell.add(overdue);
        }
        cell.addClassName("policy-cell");
        return cell;
    }
}
