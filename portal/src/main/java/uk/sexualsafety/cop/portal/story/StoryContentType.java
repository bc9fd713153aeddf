package uk.sexualsafety.cop.portal.story;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;
import uk.sexualsafety.cop.portal.moderation.ContentUnderReview;
import uk.sexualsafety.cop.portal.moderation.ReviewableContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stories in the moderation workflow: two moderators approve each version before it is published. Moderators review
 * its title and text, set its content warnings, and may suggest a new version of its text when asking for changes.
 */
@Component
class StoryContentType extends ReviewableContent {

    static final String NAME = "story";

    private final StoryRepository stories;
    private final Clock clock;

    StoryContentType(StoryRepository stories, Clock clock) {
        super(NAME, "Story", 2);
        this.stories = stories;
        this.clock = clock;
    }

    @Override
    public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
        Story story = stories.findById(contentId).orElseThrow();
        var now = clock.instant();
        switch (newStatus) {
            case PENDING -> { } // the contributor's revision already put the story back in moderation
            case CHANGES_REQUESTED -> story.requestChanges(decision.message(), null, now);
            case PUBLISHED -> story.publish(LocalDate.now(clock), now);
            case REJECTED -> story.reject(rejectionText(decision), now);
            case WITHDRAWN -> story.withdraw(now);
        }
    }

    @Override
    public Map<Long, QueueDetails> describe(Collection<Long> contentIds) {
        return stories.findAllById(contentIds).stream().collect(Collectors.toMap(Story::getId,
                story -> new QueueDetails(story.getTitle(), story.getContentWarnings().stream()
                        .sorted(Comparator.naturalOrder()).map(ContentWarning::label).toList())));
    }

    @Override
    public Map<Long, List<String>> waitingTexts(Collection<Long> contentIds) {
        return stories.findAllById(contentIds).stream().filter(story -> story.getBody() != null)
                .collect(Collectors.toMap(Story::getId, story -> List.of(story.getBody())));
    }

    @Override
    public ContentUnderReview read(long contentId) {
        Story story = story(contentId);
        if (story.getBody() == null) {
            return ContentUnderReview.WITHHELD;
        }
        List<String> facts = List.of(story.getRelation().label(), story.getHarmStructure().label(),
                story.getReadership().label(),
                story.isAnonymous() ? "Anonymous" : "Linked to the contributor's account");
        List<ContentUnderReview.Text> texts = List.of(
                new ContentUnderReview.Text(StoryDraft.TITLE, "Title", story.getTitle()),
                new ContentUnderReview.Text(StoryDraft.BODY, "Text", story.getBody()));
        return new ContentUnderReview(story.getTitle(), facts, texts, warnings(story.getContentWarnings().stream()
                .map(Enum::name).collect(Collectors.toSet())), StoryDraft.BODY);
    }

    /** The moderator's edit of the title and text, and the content warnings they set. */
    @Override
    public void edit(long contentId, Map<String, String> texts, Set<String> tags) {
        Story story = story(contentId);
        Set<ContentWarning> contentWarnings = tags.stream().map(ContentWarning::valueOf).collect(Collectors.toSet());
        story.editByModerator(texts.getOrDefault(StoryDraft.TITLE, story.getTitle()),
                texts.getOrDefault(StoryDraft.BODY, story.getBody()), contentWarnings, clock.instant());
    }

    @Override
    public void suggest(long contentId, Decision decision, String suggestedText) {
        story(contentId).requestChanges(decision.message(), StoryValidation.clean(suggestedText).strip(),
                clock.instant());
    }

    private Story story(long contentId) {
        return stories.findById(contentId)
                .orElseThrow(() -> new ActionRefusedException("This story no longer exists."));
    }

    private static ContentUnderReview.Tags warnings(Set<String> chosen) {
        return new ContentUnderReview.Tags("Content warnings", Arrays.stream(ContentWarning.values())
                .map(warning -> new ContentUnderReview.Tag(warning.name(), warning.label())).toList(), chosen);
    }
}
