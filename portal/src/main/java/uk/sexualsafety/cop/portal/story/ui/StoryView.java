package uk.sexualsafety.cop.portal.story.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.story.PublishedStory;
import uk.sexualsafety.cop.portal.story.PublishedStoryNotFoundException;
import uk.sexualsafety.cop.portal.story.StoryReading;

/** One published story, its warnings first. A withdrawn story is simply not available. */
@Route(value = "stories/:storyId", layout = MainLayout.class)
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryReading reading;
    private String title = "Story";

    StoryView(StoryReading reading) {
        this.reading = reading;
        setMaxWidth("52rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long storyId;
        try {
            storyId = Long.parseLong(event.getRouteParameters().get("storyId").orElse(""));
        } catch (NumberFormatException notAnId) {
            showUnavailable(new PublishedStoryNotFoundException().getMessage());
            return;
        }
        try {
            show(reading.read(storyId));
        } catch (PublishedStoryNotFoundException notFound) {
            showUnavailable(notFound.getMessage());
        }
    }

    private void show(PublishedStory story) {
        title = story.title();
        H1 heading = new H1(story.title());
        heading.setId("story-title");
        add(heading, new Paragraph(story.relation().label() + " \u00B7 " + story.harmStructure().label()
                        + " \u00B7 published " + StoriesView.DATE.format(story.publishedOn())),
                new StoryText("full", story.body(), story.contentWarnings(),
                        reading.readingChoices().opensDirectly(story.contentWarnings())),
                new RouterLink("Back to all stories", StoriesView.class));
    }

    private void showUnavailable(String message) {
        title = "Story not available";
        add(new H1("Story not available"), Notice.information("story-unavailable", message),
                new RouterLink("Back to all stories", StoriesView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " | Sexual Safety Community of Practice";
    }
}
