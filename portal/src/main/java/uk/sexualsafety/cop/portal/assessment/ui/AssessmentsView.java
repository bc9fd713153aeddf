package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.assessment.AssessmentForEditing;
import uk.sexualsafety.cop.portal.assessment.AssessmentSummary;
import uk.sexualsafety.cop.portal.assessment.Period;
import uk.sexualsafety.cop.portal.assessment.SelfAssessments;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The organisation's self-assessments, newest period first, and starting the next one. */
@Route(value = "assessments", layout = MainLayout.class)
@PageTitle("Charter self-assessment | Sexual Safety Community of Practice")
@Menu(order = 15, title = "Charter self-assessment")
@RolesAllowed(Role.Names.ASSESSMENT_LEAD)
class AssessmentsView extends VerticalLayout {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SelfAssessments assessments;
    private final Clock clock;
    private final VerticalLayout content = new VerticalLayout();

    AssessmentsView(SelfAssessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
        setMaxWidth("72rem");
        content.setPadding(false);
        add(new H1("Charter self-assessment"), new Paragraph("Your organisation's assessments against the Sexual "
                + "Safety Charter, the Worker Protection Act's reasonable steps and the consensus recommendations. "
                + "Only your organisation's assessment leads see them."), content);
        show();
    }

    private void show() {
        content.removeAll();
        List<AssessmentSummary> ours = assessments.ours();
        content.add(startRow(ours));
        content.add(new H2("Your organisation's assessments"));
        if (ours.isEmpty()) {
            Paragraph none = new Paragraph("Your organisation has no assessment yet.");
            none.setId("no-assessments");
            content.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("assessment-list");
        for (AssessmentSummary summary : ours) {
            RouterLink open = new RouterLink(summary.period().label(), AssessmentEditorView.class,
                    new RouteParameters(AssessmentEditorView.ID, String.valueOf(summary.id())));
            open.setId("open-assessment-" + summary.period().address());
            list.add(new ListItem(open, new Span(" \u2014 " + summary.status().label())));
        }
        content.add(list);
    }

    private HorizontalLayout startRow(List<AssessmentSummary> ours) {
        Select<Period> period = new Select<>();
        period.setLabel("Period");
        period.setId("new-period");
        List<Period> open = choices().filter(choice -> ours.stream().noneMatch(a -> a.period().equals(choice)))
                .toList();
        period.setItems(open);
        period.setItemLabelGenerator(Period::label);
        open.stream().findFirst().ifPresent(period::setValue);
        Button start = new Button("Start an assessment", click -> start(period.getValue()));
        start.setId("start-assessment");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(!open.isEmpty());
        HorizontalLayout row = new HorizontalLayout(period, start);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void start(Period period) {
        if (period == null) {
            return;
        }
        try {
            AssessmentForEditing started = assessments.start(period);
            getUI().ifPresent(ui -> ui.navigate(AssessmentEditorView.class,
                    new RouteParameters(AssessmentEditorView.ID, String.valueOf(started.id()))));
        } catch (ActionRefusedException refused) {
            show();
            content.addComponentAsFirst(Notice.problem("start-problem", refused.getMessage()).focused());
        }
    }

    /** The financial year now running in Britain (from April), the one before and the one after. */
    private Stream<Period> choices() {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        int current = today.getMonthValue() >= Month.APRIL.getValue() ? today.getYear() : today.getYear() - 1;
        return Stream.of(current, current - 1, current + 1).map(Period::new);
    }
}
