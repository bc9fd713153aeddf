package uk.sexualsafety.cop.portal.casestudy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyLibrary;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyNotFoundException;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyReading;
import uk.sexualsafety.cop.portal.casestudy.ShownField;
import uk.sexualsafety.cop.portal.casestudy.VersionEntry;
import uk.sexualsafety.cop.portal.casestudy.discussion.Discussion;
import uk.sexualsafety.cop.portal.casestudy.discussion.ui.DiscussionPanel;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.List;

/**
 * A published case study laid out for learning: the summary, then the account (setting, structure of harm, how it
 * was raised, what happened), the response, the outcome and learning points, and last the questions for reflection.
 * Every text is set as text. Below it, the versions, and the members' discussion.
 */
@Route(value = "case-studies/:caseStudyId([0-9]+)", layout = MainLayout.class)
@PageTitle("Case study | Sexual Safety Community of Practice")
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class CaseStudyView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseStudyLibrary library;
    private final CaseStudyAuthoring authoring;
    private final Discussion discussionService;
    private final Div messages = new Div();
    private final VerticalLayout content = new VerticalLayout();
    private final Div discussion = new Div();

    CaseStudyView(CaseStudyLibrary library, CaseStudyAuthoring authoring, Discussion discussionService) {
        this.library = library;
        this.authoring = authoring;
        this.discussionService = discussionService;
        setMaxWidth("52rem");
        content.setPadding(false);
        discussion.setId("discussion");
        add(messages, content, discussion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseStudyNotFoundException missing;
        try {
            show(library.read(Long.parseLong(event.getRouteParameters().get("caseStudyId").orElseThrow())));
            return;
        } catch (CaseStudyNotFoundException notFound) {
            missing = notFound;
        } catch (NumberFormatException tooLongForAnId) {
            // Digits beyond any id get the same answer as an id that does not exist.
            missing = new CaseStudyNotFoundException();
        }
        content.removeAll();
        discussion.setVisible(false);
        content.add(new H1("Case study not available"), Notice.information("case-study-missing",
                missing.getMessage()), new RouterLink("Back to the case studies", CaseStudiesView.class));
    }

    private void show(CaseStudyReading reading) {
        content.removeAll();
        H1 title = new H1(reading.title());
        title.setId("case-study-title");
        Paragraph meta = new Paragraph("Version " + reading.versionNumber() + " \u00B7 first published "
                + CaseStudiesView.DATE.format(reading.firstPublishedOn())
                + (reading.versionNumber() > 1 ? " \u00B7 this version published "
                + CaseStudiesView.DATE.format(reading.versionPublishedOn()) : ""));
        meta.setId("case-study-meta");
        content.add(new RouterLink("All case studies", CaseStudiesView.class), title, meta);
        if (reading.status() == CaseStudyStatus.ARCHIVED) {
            content.add(Notice.information("archived", "This case study is archived: members no longer see it. "
                    + "You see it as its author or as a moderator."));
        }
        if (reading.revisionStatus() != null) {
            content.add(Notice.information("revision-status", reading.revisionStatus().label()
                    + ". Members read this version meanwhile."));
        }
        content.add(actions(reading));
        for (ShownField.Section section : ShownField.Section.values()) {
            List<ShownField> fields = reading.fields().stream().filter(f -> f.section() == section).toList();
            if (section != ShownField.Section.TITLE && !fields.isEmpty()) {
                content.add(section(section, fields));
            }
        }
        content.add(versions(reading));
        discussion.removeAll();
        // Only a published case study is discussed; its author and moderators also read archived ones here.
        discussion.setVisible(reading.status() == CaseStudyStatus.PUBLISHED);
        if (reading.status() == CaseStudyStatus.PUBLISHED) {
            discussion.add(new DiscussionPanel(discussionService, reading.id()));
        }
    }

    private HorizontalLayout actions(CaseStudyReading reading) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("case-study-actions");
        if (reading.mayRevise()) {
            RouterLink revise = new RouterLink("Revise this case study", CaseStudyEditorView.class,
                    new RouteParameters("caseStudyId", String.valueOf(reading.id())));
            revise.setId("revise-case-study");
            actions.add(revise);
        }
        if (reading.mayArchive()) {
            Button archive = new Button("Archive", click -> new ConfirmationDialog("archive-dialog",
                    "Archive this case study?", "Members will no longer see it or find it by search. Its versions "
                    + "are kept for its author and the moderators.", "Archive", () -> archive(reading)).open());
            archive.setId("archive-case-study");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    private void archive(CaseStudyReading reading) {
        messages.removeAll();
        try {
            authoring.archive(reading.ref());
            messages.add(Notice.success("archived-done", "Archived. Members no longer see it.").focused());
            show(library.read(reading.id()));
        } catch (ConcurrentChangeException | ActionRefusedException | CaseStudyNotFoundException refused) {
            messages.add(Notice.problem("archive-problem", refused.getMessage()).focused());
        }
    }

    private static Section section(ShownField.Section section, List<ShownField> fields) {
        String name = section.name().toLowerCase();
        H2 heading = new H2(section.heading());
        heading.setId("section-" + name);
        Section block = new Section(heading);
        block.addClassName("case-study-section");
        boolean labelled = fields.size() > 1 || !fields.getFirst().label().equals(section.heading());
        for (ShownField field : fields) {
            Div part = new Div();
            part.setId("field-" + field.key());
            if (labelled) {
                part.add(new H3(field.label()));
            }
            if (!field.items().isEmpty()) {
                UnorderedList items = new UnorderedList();
                items.addClassName("plain-list");
                field.items().forEach(item -> items.add(new ListItem(item)));
                part.add(items);
            }
            if (!field.text().isEmpty()) {
                Paragraph text = new Paragraph(field.text());
                text.addClassName("story-text");
                part.add(text);
            }
            block.add(part);
        }
        return block;
    }

    private Section versions(CaseStudyReading reading) {
        H2 heading = new H2("Versions");
        heading.setId("section-versions");
        UnorderedList list = new UnorderedList();
        list.setId("versions");
        for (VersionEntry entry : reading.versions()) {
            list.add(new ListItem("Version " + entry.number() + ", published "
                    + CaseStudiesView.DATE.format(entry.publishedOn())
                    + (entry.number() == reading.versionNumber() ? " (shown above)" : "")));
        }
        Section block = new Section(heading, list);
        if (reading.mayCompare() && reading.versions().size() > 1) {
            block.add(CompareVersionsView.chooser(reading.id(), reading.versions(),
                    reading.versions().get(reading.versions().size() - 2).number(), reading.versionNumber()));
        } else if (reading.versions().size() > 1) {
            block.add(new Paragraph("Readers see the newest version."));
        }
        return block;
    }
}
