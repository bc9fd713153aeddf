package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.assessment.AssessmentComparison;
import uk.sexualsafety.cop.portal.assessment.AssessmentNotFoundException;
import uk.sexualsafety.cop.portal.assessment.ItemComparison;
import uk.sexualsafety.cop.portal.assessment.SelfAssessments;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;

/** Two periods of the organisation's assessment item by item, with the change in words. */
@Route(value = "assessments/:assessmentId([0-9]+)/compare/:otherId([0-9]+)", layout = MainLayout.class)
@PageTitle("Compare assessments | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.ASSESSMENT_LEAD)
class CompareAssessmentsView extends VerticalLayout implements BeforeEnterObserver {

    static final String OTHER = "otherId";

    private final SelfAssessments assessments;

    CompareAssessmentsView(SelfAssessments assessments) {
        this.assessments = assessments;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long first = Long.parseLong(event.getRouteParameters().get(AssessmentEditorView.ID).orElseThrow());
        long second = Long.parseLong(event.getRouteParameters().get(OTHER).orElseThrow());
        try {
            show(assessments.compare(first, second));
        } catch (AssessmentNotFoundException missing) {
            add(new H1("Assessments not available"), Notice.information("comparison-missing",
                    missing.getMessage()));
        }
    }

    private void show(AssessmentComparison comparison) {
        add(new H1("Compare " + comparison.earlier().label() + " with " + comparison.later().label()));
        NativeTable table = new NativeTable();
        table.setId("assessment-comparison");
        NativeTableRow head = table.getHead().addRow();
        for (String column : new String[] {"Item", comparison.earlier().label(), comparison.later().label(),
                "Change"}) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        for (ItemComparison item : comparison.items()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("compare-" + item.code().toLowerCase());
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(item.code() + " " + item.title());
            name.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(level(item.earlierLevel()));
            row.addDataCell().setText(level(item.laterLevel()));
            row.addDataCell().setText(change(item.change()));
        }
        add(table);
    }

    private static String level(Integer level) {
        return level == null ? "Not given" : "Level " + level;
    }

    private static String change(Integer change) {
        if (change == null) {
            return "Cannot compare";
        }
        return change == 0 ? "No change" : change > 0 ? "Up " + change : "Down " + -change;
    }
}
