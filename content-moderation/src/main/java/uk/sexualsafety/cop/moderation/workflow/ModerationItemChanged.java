package uk.sexualsafety.cop.moderation.workflow;

import uk.sexualsafety.cop.db.moderation.ModerationStatus;

/**
 * Published inside the transaction of every moderation action; listeners that send email or notify people use
 * {@code @TransactionalEventListener} so that they act only once it has committed. Carries no content.
 */
public record ModerationItemChanged(long itemId, String contentType, long contentId, String action,
                                    ModerationStatus fromStatus, ModerationStatus toStatus, boolean urgent) {
}
