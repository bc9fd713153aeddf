package uk.sexualsafety.cop.portal.story;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.moderation.ItemOpenings;
import uk.sexualsafety.cop.portal.moderation.PortalAnonymiser;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemChangedException;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** What moderators do to a story under review: read it with the anonymiser's findings, edit it, decide on it. */
@Service
@RolesAllowed(Role.Names.MODERATOR)
public class StoryModeration {

    private final StoryRepository stories;
    private final ModerationWorkflow workflow;
    private final PortalAnonymiser anonymiser;
    private final CurrentUser currentUser;
    private final ItemOpenings openings;
    private final Clock clock;

    StoryModeration(StoryRepository stories, ModerationWorkflow workflow, PortalAnonymiser anonymiser,
                    CurrentUser currentUser, ItemOpenings openings, Clock clock) {
        this.openings = openings;
        this.stories = stories;
        this.workflow = workflow;
        this.anonymiser = anonymiser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the moderation item is a story's, so the queue opens it with this review. */
    public boolean isStory(ItemReview item) {
        return StoryContentType.NAME.equals(item.contentType());
    }

    /**
     * The story under review. A withdrawn or taken-down story shows its status and history only; when its text is
     * shown, the audit trail records that this moderator opened it.
     */
    @Transactional
    public StoryForReview review(long itemId) {
        ItemReview item = workflow.review(itemId, me());
        Story story = storyOf(item);
        if (!item.textShown()) {
            return new StoryForReview(item, story.getId(), null, null, story.getRelation(), story.getHarmStructure(),
                    story.getContentWarnings(), story.getReadership(), story.isAnonymous(), AnonymisationPreview.NONE);
        }
        openings.record(item);
        return new StoryForReview(item, story.getId(), story.getTitle(), story.getBody(), story.getRelation(),
                story.getHarmStructure(), story.getContentWarnings(), story.getReadership(), story.isAnonymous(),
                new AnonymisationPreview(anonymiser.analyse(story.getTitle()), anonymiser.analyse(story.getBody())));
    }

    /**
     * The moderator's edit of the version they saw: the findings they accepted and the content warnings they set.
     * Approvals of the earlier text no longer count.
     */
    @Transactional
    public StoryForReview edit(long itemId, long expectedVersion, ApprovedFindings accepted,
                               Set<ContentWarning> contentWarnings) {
        ItemReview item = workflow.perform(itemId, ModerationAction.EDIT, Decision.NONE, me(), expectedVersion);
        Story story = storyOf(item);
        String title;
        String body;
        try {
            title = anonymiser.apply(story.getTitle(), accepted.inTitle());
            body = anonymiser.apply(story.getBody(), accepted.inBody());
        } catch (IllegalArgumentException changedMeanwhile) {
            throw new ItemChangedException();
        }
        story.editByModerator(title, body, contentWarnings, clock.instant());
        return review(itemId);
    }

    /**
     * Approves, asks for changes (with a suggested text the contributor may take), rejects or unpublishes the
     * version the moderator saw.
     */
    @Transactional
    public ItemReview decide(long itemId, ModerationAction action, Decision decision, String suggestedBody,
                             long expectedVersion) {
        if (action == ModerationAction.EDIT || action == ModerationAction.WITHDRAW) {
            throw new IllegalArgumentException(action + " is not a moderator's decision");
        }
        ItemReview item = workflow.perform(itemId, action, decision, me(), expectedVersion);
        if (action == ModerationAction.REQUEST_CHANGES && suggestedBody != null && !suggestedBody.isBlank()) {
            Story story = storyOf(item);
            story.requestChanges(decision.message(), StoryValidation.clean(suggestedBody).strip(), clock.instant());
        }
        return item;
    }

    public List<String> rejectionReasons() {
        return workflow.rejectionReasons();
    }

    private Story storyOf(ItemReview item) {
        if (!isStory(item)) {
            throw new ActionRefusedException("This item is not a story.");
        }
        return stories.findById(item.contentId())
                .orElseThrow(() -> new ActionRefusedException("This story no longer exists."));
    }

    private Actor me() {
        return Actor.account(currentUser.require().accountId());
    }
}
