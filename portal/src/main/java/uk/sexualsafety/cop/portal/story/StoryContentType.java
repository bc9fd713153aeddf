package uk.sexualsafety.cop.portal.story;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ModeratedContentType;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;
import uk.sexualsafety.cop.portal.moderation.WaitingTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stories in the moderation workflow: two moderators approve each version before it is published. */
@Component
class StoryContentType implements ModeratedContentType, WaitingTexts {

    static final String NAME = "story";

    private final StoryRepository stories;
    private final Clock clock;

    StoryContentType(StoryRepository stories, Clock clock) {
        this.stories = stories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Story";
    }

    @Override
    public int approvalsRequired() {
        return 2;
    }

    @Override
    public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
        Story story = stories.findById(contentId).orElseThrow();
        var now = clock.instant();
        switch (newStatus) {
            case PENDING -> { } // the contributor's revision already put the story back in moderation
            case CHANGES_REQUESTED -> story.requestChanges(decision.message(), null, now);
            case PUBLISHED -> story.publish(LocalDate.now(clock), now);
            case REJECTED -> story.reject(decision.message() == null ? decision.reason()
                    : decision.reason() + ". " + decision.message(), now);
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
    public String contentType() {
        return NAME;
    }

    @Override
    public Map<Long, List<String>> waitingTexts(Collection<Long> contentIds) {
        return stories.findAllById(contentIds).stream().filter(story -> story.getBody() != null)
                .collect(Collectors.toMap(Story::getId, story -> List.of(story.getBody())));
    }
}
