package uk.sexualsafety.cop.moderation.workflow;

import uk.sexualsafety.cop.db.moderation.ModerationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A moderation item as one person sees it: its state, who approved the current revision, its history and what this
 * person may do now. {@code version} goes back with the next action, so a change in between is noticed.
 */
public record ItemReview(long itemId, String contentType, long contentId, ModerationStatus status, boolean urgent,
                         boolean overdue, int contentRevision, int approvalsRequired, List<Long> approvedBy,
                         Instant queuedAt, long version, List<HistoryLine> history,
                         Set<ModerationAction> availableActions) {

    public ItemReview {
        approvedBy = List.copyOf(approvedBy);
        history = List.copyOf(history);
        availableActions = Set.copyOf(availableActions);
    }

    /** The item at the version this person saw, for their next action on it. */
    public ModerationItemRef ref() {
        return new ModerationItemRef(itemId, version);
    }

    public boolean may(ModerationAction action) {
        return availableActions.contains(action);
    }

    /**
     * Whether its content's text may be shown on the review page: not once it was withdrawn, nor after a moderator
     * took it down (until its contributor sends it again). Its status and history are always shown.
     */
    public boolean textShown() {
        if (status == ModerationStatus.WITHDRAWN) {
            return false;
        }
        return !(status == ModerationStatus.CHANGES_REQUESTED && !history.isEmpty()
                && ModerationAction.UNPUBLISH.name().equals(history.getLast().action()));
    }
}
