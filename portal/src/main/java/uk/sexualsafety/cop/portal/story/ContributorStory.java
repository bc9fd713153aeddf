package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A story as its contributor sees it: its state, what the moderators said, and what they may do now. */
public record ContributorStory(long id, String title, String body, StoryRelation relation,
                               HarmStructure harmStructure, Set<ContentWarning> contentWarnings,
                               StoryReadership readership, StoryStatus status, String moderatorMessage,
                               String suggestedBody, Instant submittedAt, boolean anonymous, boolean mayEdit,
                               boolean mayWithdraw) {

    public Optional<String> message() {
        return Optional.ofNullable(moderatorMessage);
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestedBody);
    }

    public StoryDraft asDraft() {
        return new StoryDraft(title, body, relation, harmStructure, contentWarnings, readership, !anonymous);
    }
}
