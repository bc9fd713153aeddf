package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.investigator.InvestigatorSummary;
import uk.sexualsafety.cop.portal.investigator.PoolVetting;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.layout.TextDialog;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.stream.Collectors;

/** The coordinator vets investigators into the pool and suspends or retires them, always with a reason. */
@Route(value = "pool/investigators", layout = MainLayout.class)
@PageTitle("Investigator pool | Sexual Safety Community of Practice")
@Menu(order = 50, title = "Investigator pool")
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class PoolInvestigatorsView extends VerticalLayout {

    private final PoolVetting vetting;
    private final Select<PoolStatus> status = new Select<>();
    private final Grid<InvestigatorSummary> grid = new Grid<>();
    private final Div messages = new Div();

    PoolInvestigatorsView(PoolVetting vetting) {
        this.vetting = vetting;
        status.setLabel("Show investigators who are");
        status.setId("status-filter");
        status.setItems(PoolStatus.values());
        status.setItemLabelGenerator(PoolStatus::label);
        status.setValue(PoolStatus.PENDING);
        status.addValueChangeListener(change -> refresh());
        grid.setId("pool-investigators");
        grid.addColumn(InvestigatorSummary::displayName).setHeader("Name");
        grid.addColumn(i -> i.specialisms().stream().map(Specialism::label).sorted()
                .collect(Collectors.joining(", "))).setHeader("Specialisms").setFlexGrow(2);
        grid.addColumn(i -> i.casesAtOnce() + " cases, " + i.daysPerMonth() + " days a month").setHeader("Capacity");
        grid.addComponentColumn(this::actions).setHeader("Change status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H1("Investigator pool"), new Paragraph("Vet new investigators into the pool, and suspend or retire "
                + "them when needed. Each change needs a reason, which is kept with the investigator's history."),
                messages, status, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(vetting.investigators(status.getValue()));
    }

    private HorizontalLayout actions(InvestigatorSummary investigator) {
        HorizontalLayout buttons = new HorizontalLayout();
        for (PoolStatus next : PoolVetting.nextStatuses(investigator.status())) {
            Button change = new Button(actionLabel(next), click -> askReason(investigator, next));
            change.setId("make-" + next.name().toLowerCase() + "-" + investigator.id());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.getElement().setAttribute("aria-label", actionLabel(next) + ": " + investigator.displayName());
            buttons.add(change);
        }
        return buttons;
    }

    private static String actionLabel(PoolStatus next) {
        return switch (next) {
            case ACTIVE -> "Make active";
            case SUSPENDED -> "Suspend";
            case RETIRED -> "Retire";
            case PENDING -> "Back to vetting";
        };
    }

    private void askReason(InvestigatorSummary investigator, PoolStatus next) {
        new TextDialog("status-dialog", actionLabel(next) + ": " + investigator.displayName(), "Reason",
                actionLabel(next), PoolVetting.MAX_REASON, reason -> {
                    messages.removeAll();
                    try {
                        vetting.changeStatus(investigator.ref(), next, reason);
                        messages.add(Notice.success("status-changed", investigator.displayName() + " is now "
                                + next.label().toLowerCase() + ".").focused());
                    } catch (ConcurrentChangeException changed) {
                        messages.add(Notice.problem("status-conflict", changed.getMessage()).focused());
                    }
                    refresh();
                }).open();
    }
}
