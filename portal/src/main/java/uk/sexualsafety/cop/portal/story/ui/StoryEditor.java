package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.moderation.ui.FindingsReview;
import uk.sexualsafety.cop.portal.story.AnonymisationPreview;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StoryDraft;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;

/**
 * Write, check, then send: the form, then the anonymised preview where each finding is accepted or rejected, then
 * the caller's action with exactly the version the contributor approved. Going back keeps everything typed.
 */
class StoryEditor extends Composite<VerticalLayout> {

    /** What to do with the approved version; it may throw the service's exceptions, shown here. */
    @FunctionalInterface
    interface Send {
        void send(StoryDraft draft, ApprovedFindings approved);
    }

    private final StorySubmissions submissions;
    private final StoryFields fields;
    private final String sendLabel;
    private final Send send;
    private final VerticalLayout writing = new VerticalLayout();
    private final VerticalLayout checking = new VerticalLayout();
    private final VerticalLayout problems = new VerticalLayout();

    StoryEditor(StorySubmissions submissions, boolean signedIn, String sendLabel, Send send) {
        this.submissions = submissions;
        this.fields = new StoryFields(signedIn);
        this.sendLabel = sendLabel;
        this.send = send;
        Button check = new Button("Check for details that could identify someone", click -> check());
        check.setId("check-story");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writing.setPadding(false);
        writing.add(fields, check);
        checking.setPadding(false);
        checking.setVisible(false);
        problems.setPadding(false);
        getContent().setPadding(false);
        getContent().add(problems, writing, checking);
    }

    StoryFields fields() {
        return fields;
    }

    private void check() {
        problems.removeAll();
        fields.clearProblems();
        StoryDraft draft = fields.draft();
        try {
            AnonymisationPreview preview = submissions.preview(draft);
            showPreview(draft, preview);
        } catch (InvalidInputException invalid) {
            fields.showProblems(invalid.problems());
        }
    }

    private void showPreview(StoryDraft draft, AnonymisationPreview preview) {
        String title = draft.title().strip();
        String body = draft.body().strip();
        FindingsReview titleReview = new FindingsReview("title", "Title", title, preview.titleFindings());
        FindingsReview bodyReview = new FindingsReview("body", "Your story", body, preview.bodyFindings());
        Button back = new Button("Go back and edit", click -> backToWriting());
        back.setId("edit-story");
        Button submit = new Button(sendLabel, click -> send(draft, new ApprovedFindings(titleReview.accepted(),
                bodyReview.accepted())));
        submit.setId("submit-story");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 heading = new H2("Check what could identify someone");
        heading.setId("preview-heading");
        checking.removeAll();
        checking.add(heading, new Paragraph(preview.isEmpty()
                        ? "We found nothing that looks like a name, place, date or number that could identify "
                        + "someone. Please read it through once more before you send it."
                        : "Marked below is how your story will read. For each detail we found, untick it to keep "
                        + "your original words, or go back to change the text yourself."),
                titleReview, bodyReview, new HorizontalLayout(back, submit));
        writing.setVisible(false);
        checking.setVisible(true);
        heading.getElement().executeJs("this.focus()");
        heading.getElement().setAttribute("tabindex", "-1");
    }

    private void send(StoryDraft draft, ApprovedFindings approved) {
        problems.removeAll();
        try {
            send.send(draft, approved);
        } catch (InvalidInputException invalid) {
            backToWriting();
            fields.showProblems(invalid.problems());
        } catch (TooManyAttemptsException notSaved) {
            // Nothing was saved: the words go back into the form, where they can be copied or sent again later.
            backToWriting();
            problems.add(Notice.problem("story-problem", notSaved.getMessage()).focused());
        } catch (ActionRefusedException refused) {
            problems.add(Notice.problem("story-problem", refused.getMessage()));
        }
    }

    private void backToWriting() {
        checking.setVisible(false);
        writing.setVisible(true);
    }
}
