package uk.sexualsafety.cop.moderation.workflow;

import uk.sexualsafety.cop.db.moderation.ActorKind;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;

import java.time.Instant;

/** One entry of an item's history, as the moderators read it. {@code actorAccountId} is null for the anonymous. */
public record HistoryLine(Instant occurredAt, ActorKind actorKind, Long actorAccountId, String action,
                          ModerationStatus toStatus, int contentRevision, String reason, String message) {
}
