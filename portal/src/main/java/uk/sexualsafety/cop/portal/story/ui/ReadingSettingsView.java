package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.story.ReadingChoices;
import uk.sexualsafety.cop.portal.story.StoryReading;

/** A member's choice of how stories with content warnings open. */
@Route(value = "stories/reading-settings", layout = MainLayout.class)
@PageTitle("How stories open | Sexual Safety Community of Practice")
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class ReadingSettingsView extends VerticalLayout {

    ReadingSettingsView(StoryReading reading) {
        setMaxWidth("52rem");
        ReadingChoices current = reading.readingChoices();
        Checkbox openStories = new Checkbox("Open stories with content warnings straight away, showing the "
                + "warnings above the text", current.openStories());
        openStories.setId("open-stories");
        CheckboxGroup<ContentWarning> alwaysClosed = new CheckboxGroup<>(
                "Always keep stories closed that carry any of these warnings");
        alwaysClosed.setId("always-closed");
        alwaysClosed.setItems(ContentWarning.values());
        alwaysClosed.setItemLabelGenerator(ContentWarning::label);
        alwaysClosed.setValue(current.alwaysClosed());
        Div saved = new Div();
        Button save = new Button("Save my choices", click -> {
            reading.changeReadingChoices(openStories.getValue(), alwaysClosed.getValue());
            saved.removeAll();
            saved.add(Notice.success("reading-saved", "Saved. Stories will open as you chose."));
        });
        save.setId("save-reading");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("How stories open"),
                new Paragraph("By default, a story with content warnings shows only its warnings until you choose "
                        + "to read it. You can change that here; the warnings you tick below always stay closed."),
                openStories, alwaysClosed, save, saved, new RouterLink("Back to stories", StoriesView.class));
    }
}
