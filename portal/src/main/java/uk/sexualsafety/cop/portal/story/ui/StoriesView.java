package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.story.PublishedStory;
import uk.sexualsafety.cop.portal.story.ReadingChoices;
import uk.sexualsafety.cop.portal.story.StoryReading;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Published stories, newest first, each behind its content warnings unless the reader chose otherwise. */
@Route(value = "stories", layout = MainLayout.class)
@PageTitle("Stories | Sexual Safety Community of Practice")
@Menu(order = 15, title = "Stories")
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class StoriesView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int PAGE_SIZE = 20;

    private final StoryReading reading;
    private final ReadingChoices choices;
    private final Select<HarmStructure> harm = new Select<>();
    private final Select<ContentWarning> warning = new Select<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Button more = new Button("Show more stories");
    private int pagesShown;

    StoriesView(StoryReading reading) {
        this.reading = reading;
        this.choices = reading.readingChoices();
        setMaxWidth("52rem");
        harm.setLabel("Who harmed whom");
        harm.setId("harm-filter");
        harm.setItems(HarmStructure.values());
        harm.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        harm.setEmptySelectionAllowed(true);
        harm.setEmptySelectionCaption("Any");
        warning.setLabel("Carrying this content warning");
        warning.setId("warning-filter");
        warning.setItems(ContentWarning.values());
        warning.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        warning.setEmptySelectionAllowed(true);
        warning.setEmptySelectionCaption("Any");
        harm.addValueChangeListener(change -> reload());
        warning.addValueChangeListener(change -> reload());
        HorizontalLayout filters = new HorizontalLayout(harm, warning);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setId("stories");
        list.setPadding(false);
        more.setId("more-stories");
        more.addClickListener(click -> showNextPage());
        add(new H1("Stories"),
                new Paragraph("People across ambulance services and the NHS share what happened to them, what they "
                        + "saw and what helped. Each story has been read and anonymised by two moderators. Stories "
                        + "with content warnings stay closed until you choose to read them."),
                new RouterLink("Choose how stories with warnings open", ReadingSettingsView.class),
                filters, list, more);
        reload();
    }

    private void reload() {
        list.removeAll();
        pagesShown = 0;
        showNextPage();
    }

    private void showNextPage() {
        Page<PublishedStory> page = reading.published(harm.getValue(), warning.getValue(),
                PageRequest.of(pagesShown, PAGE_SIZE));
        page.forEach(story -> list.add(card(story)));
        if (page.getTotalElements() == 0) {
            Paragraph none = new Paragraph("No published stories match these choices yet.");
            none.setId("no-stories");
            list.add(none);
        }
        pagesShown++;
        more.setVisible(page.hasNext());
    }

    private Div card(PublishedStory story) {
        H2 title = new H2(new RouterLink(story.title(), StoryView.class,
                new RouteParameters("storyId", String.valueOf(story.id()))));
        Paragraph about = new Paragraph(story.relation().label() + " \u00B7 " + story.harmStructure().label()
                + " \u00B7 published " + DATE.format(story.publishedOn()));
        Div card = new Div(title, about, new StoryText(String.valueOf(story.id()), excerpt(story.body()),
                story.contentWarnings(), choices.opensDirectly(story.contentWarnings())));
        card.setId("story-" + story.id());
        card.addClassName("story-card");
        return card;
    }

    private static String excerpt(String body) {
        if (body.length() <= 600) {
            return body;
        }
        int cut = body.lastIndexOf(' ', 600);
        return body.substring(0, cut > 0 ? cut : 600) + " \u2026";
    }
}
