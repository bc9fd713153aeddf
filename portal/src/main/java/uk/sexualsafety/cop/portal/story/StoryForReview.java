package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;

import java.util.Set;

/**
 * A story in moderation as a moderator reviews it, with what the anonymiser finds in its current text. The title and
 * text are null when they may not be shown (withdrawn or taken down): then only its status and history are.
 */
public record StoryForReview(ItemReview item, long storyId, String title, String body, StoryRelation relation,
                             HarmStructure harmStructure, Set<ContentWarning> contentWarnings,
                             StoryReadership readership, boolean anonymous, AnonymisationPreview findings) {

    public boolean textShown() {
        return body != null;
    }
}
