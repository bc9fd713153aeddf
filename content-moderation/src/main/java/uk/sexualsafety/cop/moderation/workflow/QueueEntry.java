package uk.sexualsafety.cop.moderation.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One line of the moderation queue. */
public record QueueEntry(long itemId, long version, String contentTypeLabel, String title, List<String> contentWarnings,
                         boolean urgent, boolean overdue, Instant queuedAt, Duration age, int approvals,
                         int approvalsRequired) {

    /** The item at the version the queue showed. */
    public ModerationItemRef ref() {
        return new ModerationItemRef(itemId, version);
    }
}
