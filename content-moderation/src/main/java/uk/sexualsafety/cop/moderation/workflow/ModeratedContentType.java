package uk.sexualsafety.cop.moderation.workflow;

import uk.sexualsafety.cop.db.moderation.ModerationStatus;

import java.util.Collection;
import java.util.Map;

/**
 * A kind of content that passes moderation (stories; later case studies and comments). Each is a Spring bean; the
 * workflow finds it by {@link #name()} and tells it of every status change, inside the same transaction, so that
 * the content and its moderation never disagree.
 */
public interface ModeratedContentType {

    /** The key stored in {@code moderation_item.content_type}, e.g. "story"; never changes once used. */
    String name();

    /** How moderators read the type, e.g. "Story". */
    String label();

    /** How many different moderators must approve the same revision before it is published. */
    int approvalsRequired();

    /** Brings the content in line with its moderation: publish it, hide it, or record the decision. */
    void statusChanged(long contentId, ModerationStatus newStatus, Decision decision);

    /** What the queue shows of each item; content that no longer exists is left out of the map. */
    Map<Long, QueueDetails> describe(Collection<Long> contentIds);

    /**
     * Whether content whose item was rejected may be submitted again. A rejection is final by default; a type whose
     * content outlives the rejection of one revision (a published case study whose revision was refused) lets its
     * author send a new one.
     */
    default boolean acceptsSubmissionAfterRejection(long contentId) {
        return false;
    }
}
