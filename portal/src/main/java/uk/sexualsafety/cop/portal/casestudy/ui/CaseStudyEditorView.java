package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyCheck;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyDraft;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyForEditing;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyNotFoundException;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyRef;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.ui.FindingsReview;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Write or revise a case study: save a draft whenever you like, then check it, see what could identify someone in
 * each text and choose what to replace, and send exactly that version to the moderators. Nothing typed is lost when
 * the service says what to fix.
 */
@Route(value = "case-studies/new", layout = MainLayout.class)
@RouteAlias(value = "case-studies/:caseStudyId([0-9]+)/edit", layout = MainLayout.class)
@PageTitle("Write a case study | Sexual Safety Community of Practice")
@RolesAllowed(Role.Names.MEMBER)
class CaseStudyEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseStudyAuthoring authoring;
    private final CaseStudyDraftFields form;
    private final H1 heading = new H1("Write a case study");
    private final VerticalLayout about = new VerticalLayout();
    private final VerticalLayout problems = new VerticalLayout();
    private final VerticalLayout writing = new VerticalLayout();
    private final VerticalLayout checking = new VerticalLayout();
    private final Button save = new Button("Save draft");
    /** The case study as last saved or opened; null until a new one is first saved. */
    private CaseStudyRef caseStudy;

    CaseStudyEditorView(CaseStudyAuthoring authoring, CaseStudyLibrary library) {
        this.authoring = authoring;
        this.form = new CaseStudyDraftFields(library.charterCommitments());
        setMaxWidth("52rem");
        heading.setId("editor-heading");
        about.setPadding(false);
        problems.setPadding(false);
        save.setId("save-draft");
        save.addClickListener(click -> saveDraft());
        Button check = new Button("Check and send to the moderators", click -> check());
        check.setId("check-case-study");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writing.setPadding(false);
        writing.add(form, new Paragraph("A draft is seen by nobody but you. When you send it, a moderator reads it "
                + "and checks that nobody can be identified before anyone else sees it."), new HorizontalLayout(save,
                check));
        checking.setPadding(false);
        checking.setVisible(false);
        add(heading, about, problems, writing, checking);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("caseStudyId").orElse(null);
        if (requested == null) {
            caseStudy = null;
            form.suggestOrganisationType(authoring.yourOrganisationType());
            return;
        }
        try {
            CaseStudyForEditing editing = authoring.open(parsedId(requested));
            form.fill(editing.draft());
            showState(editing);
        } catch (CaseStudyNotFoundException missing) {
            removeAll();
            add(new H1("Case study not found"), Notice.information("case-study-missing", missing.getMessage()));
        }
    }

    /** Digits beyond any id get the same answer as an id that does not exist. */
    private static long parsedId(String requested) {
        try {
            return Long.parseLong(requested);
        } catch (NumberFormatException tooLongForAnId) {
            throw new CaseStudyNotFoundException();
        }
    }

    private void showState(CaseStudyForEditing editing) {
        caseStudy = editing.ref();
        heading.setText(editing.publishedVersion() != null ? "Revise your case study" : "Edit your case study");
        about.removeAll();
        if (editing.moderatorMessage() != null) {
            about.add(Notice.information("moderator-message", "From the moderators: " + editing.moderatorMessage()));
        }
        if (editing.status() == CaseStudyStatus.PUBLISHED) {
            about.add(new Paragraph("Members keep reading version " + editing.publishedVersion() + " until a "
                    + "moderator approves your revision."));
        }
        if (!editing.maySubmit()) {
            about.add(Notice.information("cannot-change", "This case study is " + editing.status().label()
                    .toLowerCase() + ", so it can no longer be changed."));
            writing.setVisible(false);
        }
        save.setVisible(editing.maySaveDraft());
    }

    private void saveDraft() {
        run(() -> {
            CaseStudyForEditing saved = caseStudy == null ? authoring.start(form.draft())
                    : authoring.saveDraft(caseStudy, form.draft());
            remember(saved);
            problems.add(Notice.success("draft-saved", "Your draft is saved. Only you can see it.").focused());
        });
    }

    private void check() {
        run(() -> showCheck(authoring.check(form.draft())));
    }

    private void showCheck(CaseStudyCheck check) {
        var reviews = new ArrayList<FindingsReview>();
        checking.removeAll();
        H2 title = new H2("Check what could identify someone");
        title.setId("preview-heading");
        checking.add(title, new Paragraph(check.hasFindings()
                ? "Marked below is how each part will read. For each detail we found, untick it to keep your "
                + "original words, or go back to change the text yourself."
                : "We found nothing that looks like a name, place, date or number that could identify someone. "
                + "Please read it through once more before you send it."));
        if (check.suggestsImmediateRisk()) {
            checking.add(Notice.problem("risk-now", "Something here suggests someone may be at risk now. This "
                    + "portal is not a reporting channel: if anyone is in danger, call 999, and follow your "
                    + "organisation's safeguarding procedure. The moderators will see this first."));
        }
        for (FieldFindings text : check.texts()) {
            FindingsReview review = new FindingsReview("check-" + text.key().replace('.', '-'), text.label(),
                    text.text(), text.findings());
            reviews.add(review);
            checking.add(review);
        }
        Button back = new Button("Go back and edit", click -> backToWriting());
        back.setId("edit-case-study");
        Button send = new Button("Send this version to the moderators", click -> send(check.checked(),
                accepted(check.texts(), reviews)));
        send.setId("submit-case-study");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checking.add(new HorizontalLayout(back, send));
        writing.setVisible(false);
        checking.setVisible(true);
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().executeJs("this.focus()");
    }

    private void send(CaseStudyDraft checked, AcceptedFindings accepted) {
        run(() -> {
            CaseStudyForEditing sent = authoring.submit(caseStudy, checked, accepted);
            remember(sent);
            removeAll();
            H1 done = new H1("Thank you: your case study is with the moderators");
            done.setId("case-study-sent");
            add(done, new Paragraph(sent.publishedVersion() == null
                            ? "A moderator will read it, usually within three working days. Nobody else sees it "
                            + "until it is approved."
                            : "Members keep reading version " + sent.publishedVersion() + " until a moderator "
                            + "approves your revision."),
                    new RouterLink("Go to your case studies", YourCaseStudiesView.class));
        });
    }

    private static AcceptedFindings accepted(List<FieldFindings> texts, List<FindingsReview> reviews) {
        var accepted = new HashMap<String, List<uk.sexualsafety.cop.moderation.anonymisation.Finding>>();
        for (int i = 0; i < texts.size(); i++) {
            accepted.put(texts.get(i).key(), reviews.get(i).accepted());
        }
        return new AcceptedFindings(accepted);
    }

    private void remember(CaseStudyForEditing saved) {
        if (caseStudy == null) {
            UI.getCurrent().getPage().getHistory().replaceState(null, "case-studies/" + saved.id() + "/edit");
        }
        caseStudy = saved.ref();
    }

    /** Runs a call to the service and shows its answer: problems by the fields, refusals above the form. */
    private void run(Runnable call) {
        problems.removeAll();
        form.clearProblems();
        try {
            call.run();
        } catch (InvalidInputException invalid) {
            backToWriting();
            form.showProblems(invalid.problems());
            problems.add(Notice.problem("form-problems", "Some answers need another look: see the messages by "
                    + "the fields."));
        } catch (ConcurrentChangeException | ActionRefusedException | CaseStudyNotFoundException refused) {
            problems.add(Notice.problem("case-study-problem", refused.getMessage()).focused());
        }
    }

    private void backToWriting() {
        checking.setVisible(false);
        writing.setVisible(true);
    }
}
