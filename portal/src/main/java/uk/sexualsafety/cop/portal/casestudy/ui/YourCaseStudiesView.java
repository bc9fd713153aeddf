package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyNotFoundException;
import uk.sexualsafety.cop.portal.casestudy.OwnCaseStudy;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

/** The author's case studies, drafts included, each with where it is and what they can do with it now. */
@Route(value = "case-studies/yours", layout = MainLayout.class)
@PageTitle("Your case studies | Sexual Safety Community of Practice")
@Menu(order = 13, title = "Your case studies")
@RolesAllowed(Role.Names.MEMBER)
class YourCaseStudiesView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final CaseStudyAuthoring authoring;
    private final Div messages = new Div();
    private final VerticalLayout list = new VerticalLayout();

    YourCaseStudiesView(CaseStudyAuthoring authoring) {
        this.authoring = authoring;
        setMaxWidth("52rem");
        list.setId("your-case-studies");
        list.setPadding(false);
        RouterLink write = new RouterLink("Write a case study", CaseStudyEditorView.class);
        write.setId("write-case-study");
        add(new H1("Your case studies"), new Paragraph("Drafts are seen by nobody but you. Once a moderator has "
                + "approved a case study, members can read it; you can revise it, and members keep reading the "
                + "published version until your revision is approved."), write, messages, list);
        reload();
    }

    private void reload() {
        list.removeAll();
        List<OwnCaseStudy> mine = authoring.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("You have not written a case study yet.");
            none.setId("no-case-studies");
            list.add(none);
        }
        mine.forEach(own -> list.add(card(own)));
    }

    private Div card(OwnCaseStudy own) {
        String id = "own-" + own.id();
        H2 title = new H2(own.readable() ? new RouterLink(own.title(), CaseStudyView.class,
                new RouteParameters("caseStudyId", String.valueOf(own.id()))) : new com.vaadin.flow.component.html
                .Span(own.title()));
        Paragraph state = new Paragraph(state(own));
        state.setId(id + "-status");
        Div card = new Div(title, state);
        card.setId(id);
        card.addClassName("story-card");
        if (own.moderatorMessage() != null) {
            card.add(Notice.information(id + "-message", "From the moderators: " + own.moderatorMessage()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (own.mayEdit()) {
            RouterLink edit = new RouterLink(own.status() == CaseStudyStatus.PUBLISHED && own.revisionStatus() == null
                    ? "Revise" : "Edit", CaseStudyEditorView.class,
                    new RouteParameters("caseStudyId", String.valueOf(own.id())));
            edit.setId(id + "-edit");
            actions.add(edit);
        }
        if (own.mayDelete()) {
            actions.add(action(id + "-delete", "Delete draft", "Delete this draft?", "It is deleted for good.",
                    () -> authoring.deleteDraft(own.ref()), "Draft deleted."));
        }
        if (own.mayDiscardRevision()) {
            actions.add(action(id + "-discard", "Discard revision", "Discard your revision?", "Members keep "
                    + "reading the published version.", () -> authoring.discardRevision(own.ref()),
                    "Revision discarded."));
        }
        if (own.mayArchive()) {
            actions.add(action(id + "-archive", "Archive", "Archive this case study?", "Members will no longer see "
                    + "it or find it by search. You keep its versions.", () -> authoring.archive(own.ref()),
                    "Archived."));
        }
        if (own.mayWithdraw()) {
            actions.add(action(id + "-withdraw", "Withdraw", "Withdraw this case study?", "Nobody else will see it "
                    + "again, and it cannot be sent again.", () -> authoring.withdraw(own.ref()),
                    "Withdrawn."));
        }
        card.add(actions);
        return card;
    }

    private static String state(OwnCaseStudy own) {
        StringBuilder text = new StringBuilder(own.status().label());
        if (own.revisionStatus() != null) {
            text.append(" \u00B7 ").append(own.revisionStatus().label());
        }
        if (own.publishedVersion() != null) {
            text.append(" \u00B7 members read version ").append(own.publishedVersion());
        }
        return text.append(" \u00B7 last changed ").append(WHEN.format(own.updatedAt())).toString();
    }

    private Button action(String id, String label, String title, String question, Runnable action, String done) {
        Button button = new Button(label, click -> new ConfirmationDialog(id + "-dialog", title, question, label,
                () -> run(action, done)).open());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void run(Runnable action, String done) {
        messages.removeAll();
        try {
            action.run();
            messages.add(Notice.success("your-case-studies-done", done).focused());
        } catch (ConcurrentChangeException | ActionRefusedException | CaseStudyNotFoundException refused) {
            messages.add(Notice.problem("your-case-studies-problem", refused.getMessage()).focused());
        }
        reload();
    }
}
