package uk.sexualsafety.cop.portal.story;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.story.ReadingPreferences;
import uk.sexualsafety.cop.db.story.ReadingPreferencesRepository;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.util.Comparator;
import java.util.Set;

/** Published stories for the community's members, and each member's choice of how warned stories open. */
@Service
@RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
public class StoryReading {

    private final StoryRepository stories;
    private final ReadingPreferencesRepository preferences;
    private final CurrentUser currentUser;

    StoryReading(StoryRepository stories, ReadingPreferencesRepository preferences, CurrentUser currentUser) {
        this.stories = stories;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** Published stories, newest first; {@code harm} and {@code warning} narrow them when given. */
    @Transactional(readOnly = true)
    public Page<PublishedStory> published(HarmStructure harm, ContentWarning warning, Pageable page) {
        return stories.findPublished(harm, warning, page).map(StoryReading::published);
    }

    /** One published story; any other story, whatever its state, is not found. */
    @Transactional(readOnly = true)
    public PublishedStory read(long storyId) {
        return stories.findById(storyId).filter(Story::isPublished).map(StoryReading::published)
                .orElseThrow(PublishedStoryNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public ReadingChoices readingChoices() {
        return preferences.findById(currentUser.require().accountId())
                .map(found -> new ReadingChoices(found.isOpenStories(), found.getAlwaysClosed()))
                .orElse(ReadingChoices.DEFAULT);
    }

    @Transactional
    public ReadingChoices changeReadingChoices(boolean openStories, Set<ContentWarning> alwaysClosed) {
        long accountId = currentUser.require().accountId();
        ReadingPreferences found = preferences.findById(accountId)
                .orElseGet(() -> preferences.save(new ReadingPreferences(accountId)));
        found.change(openStories, alwaysClosed);
        return new ReadingChoices(openStories, alwaysClosed);
    }

    private static PublishedStory published(Story story) {
        return new PublishedStory(story.getId(), story.getTitle(), story.getBody(), story.getRelation(),
                story.getHarmStructure(), story.getContentWarnings().stream().sorted(Comparator.naturalOrder())
                .toList(), story.getPublishedOn().orElseThrow());
    }
}
