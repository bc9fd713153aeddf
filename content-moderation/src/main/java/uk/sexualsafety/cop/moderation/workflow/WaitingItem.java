package uk.sexualsafety.cop.moderation.workflow;

/**
 * A line of the queue with the content it moderates, for a caller that reads the content itself (e.g. to search
 * the waiting texts).
 */
public record WaitingItem(QueueEntry entry, String contentType, long contentId) {
}
