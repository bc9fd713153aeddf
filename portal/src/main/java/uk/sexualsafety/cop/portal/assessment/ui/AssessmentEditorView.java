package uk.sexualsafety.cop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.springframework.security.access.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.assessment.AssessmentStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.assessment.AssessmentForEditing;
import uk.sexualsafety.cop.portal.assessment.AssessmentNotFoundException;
import uk.sexualsafety.cop.portal.assessment.AssessmentSummary;
import uk.sexualsafety.cop.portal.assessment.ItemAnswer;
import uk.sexualsafety.cop.portal.assessment.SelfAssessments;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An organisation's assessment of one period: every item with its levels, evidence and actions; save the draft,
 * submit it for sign-off, and sign it off as a second lead. A signed-off assessment is shown read-only.
 */
@Route(value = "assessments/:assessmentId([0-9]+)", layout = MainLayout.class)
@PageTitle("Self-assessment | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.ASSESSMENT_LEAD)
class AssessmentEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String ID = "assessmentId";

    private final SelfAssessments assessments;
    private final Div notices = new Div();
    private final List<ItemEditor> editors = new ArrayList<>();
    private AssessmentForEditing shown;

    AssessmentEditorView(SelfAssessments assessments) {
        this.assessments = assessments;
        setMaxWidth("72rem");
        notices.setId("assessment-notices");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        try {
            show(assessments.open(id));
        } catch (AssessmentNotFoundException missing) {
            removeAll();
            add(new H1("Assessment not available"), Notice.information("assessment-missing", missing.getMessage()));
        }
    }

    private void show(AssessmentForEditing assessment) {
        shown = assessment;
        removeAll();
        editors.clear();
        notices.removeAll();
        H1 title = new H1("Self-assessment " + assessment.period().label());
        Paragraph status = new Paragraph("Status: " + assessment.status().label() + ". Framework version "
                + assessment.frameworkNumber() + (assessment.copiedFrom() == null ? "."
                : ". Started from " + assessment.copiedFrom().label() + "."));
        status.setId("assessment-status");
        add(title, status, notices, compareRow(), csvLink(assessment));
        for (var item : assessment.items()) {
            ItemEditor editor = new ItemEditor(item, assessments);
            editor.setEditable(assessment.mayEdit());
            editors.add(editor);
            add(editor);
        }
        add(buttons(assessment));
    }

    private HorizontalLayout buttons(AssessmentForEditing assessment) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("assessment-actions");
        if (assessment.mayEdit()) {
            Button save = new Button("Save draft", click -> save().ifPresent(saved -> {
                show(saved);
                notices.add(Notice.success("assessment-saved", "Draft saved.").focused());
            }));
            save.setId("save-assessment");
            Button submit = new Button("Submit for sign-off", click -> save().ifPresent(saved ->
                    act(saved, assessments::submit, "Submitted. Another assessment lead of your organisation can "
                            + "now sign it off.")));
            submit.setId("submit-assessment");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(save, submit);
        }
        if (assessment.status() == AssessmentStatus.SUBMITTED) {
            Button back = new Button("Return to draft", click -> act(assessment, assessments::returnToDraft,
                    "Returned to a draft."));
            back.setId("return-assessment");
            row.add(back);
        }
        if (assessment.maySignOff()) {
            Button signOff = new Button("Sign off", click -> act(assessment, assessments::signOff,
                    "Signed off. This assessment can no longer change."));
            signOff.setId("sign-off-assessment");
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(signOff);
        }
        return row;
    }

    /** Saves the form; on a problem it stays as typed and says what is wrong. */
    private java.util.Optional<AssessmentForEditing> save() {
        editors.forEach(ItemEditor::clearProblems);
        notices.removeAll();
        List<ItemAnswer> answers = new ArrayList<>();
        for (ItemEditor editor : editors) {
            ItemAnswer answer = editor.answer();
            if (answer == null) {
                notices.add(Notice.problem("assessment-problem", "An action needs its due date: see the item "
                        + editor.code() + ".").focused());
                return java.util.Optional.empty();
            }
            answers.add(answer);
        }
        return attempt(() -> assessments.saveDraft(shown.ref(), answers));
    }

    private void act(AssessmentForEditing assessment,
                     Function<uk.sexualsafety.cop.portal.assessment.AssessmentRef, AssessmentForEditing> action,
                     String done) {
        attempt(() -> action.apply(assessment.ref())).ifPresent(changed -> {
            show(changed);
            notices.add(Notice.success("assessment-done", done).focused());
        });
    }

    private java.util.Optional<AssessmentForEditing> attempt(
            java.util.function.Supplier<AssessmentForEditing> call) {
        notices.removeAll();
        try {
            return java.util.Optional.of(call.get());
        } catch (InvalidInputException invalid) {
            showProblems(invalid.problems());
        } catch (ConcurrentChangeException conflict) {
            Button reload = new Button("Reload", click -> getUI().ifPresent(ui -> ui.getPage().reload()));
            reload.setId("reload-assessment");
            notices.add(Notice.problem("assessment-conflict", conflict.getMessage()).focused(), reload);
        } catch (ActionRefusedException refused) {
            notices.add(Notice.problem("assessment-problem", refused.getMessage()).focused());
        }
        return java.util.Optional.empty();
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((key, message) -> {
            int dot = key.indexOf('.');
            editors.stream().filter(editor -> dot > 0 && editor.code().equals(key.substring(0, dot))).findFirst()
                    .ifPresent(editor -> editor.showProblem(key.substring(dot + 1), message));
            notices.add(Notice.problem("assessment-problem", message).focused());
        });
    }

    /** The items and actions as CSV; the service checks again on the download's own request. */
    private Anchor csvLink(AssessmentForEditing assessment) {
        long id = assessment.id();
        String name = "self-assessment-" + assessment.period().address() + ".csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] csv = assessments.csv(id);
                return new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv", csv.length);
            } catch (AssessmentNotFoundException | AccessDeniedException unavailable) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, "Download items and actions (CSV)");
        link.setId("assessment-csv");
        return link;
    }

    private HorizontalLayout compareRow() {
        List<AssessmentSummary> others = assessments.ours().stream().filter(a -> a.id() != shown.id()).toList();
        HorizontalLayout row = new HorizontalLayout();
        if (others.isEmpty()) {
            return row;
        }
        Select<AssessmentSummary> other = new Select<>();
        other.setLabel("Compare with");
        other.setId("compare-with");
        other.setItems(others);
        other.setItemLabelGenerator(a -> a.period().label());
        other.setValue(others.getFirst());
        Button compare = new Button("Compare", click -> getUI().ifPresent(ui -> ui.navigate(
                CompareAssessmentsView.class, new RouteParameters(Map.of(ID, String.valueOf(shown.id()),
                        CompareAssessmentsView.OTHER, String.valueOf(other.getValue().id()))))));
        compare.setId("compare-assessments");
        row.add(other, compare);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
