package uk.sexualsafety.cop.portal.audit;

import java.time.Instant;

/**
 * One row of the audit trail as administrators read it: the acting account's current name and address beside its
 * id (none for a visitor, an anonymous contributor or a scheduled job).
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String actorEmail,
                         String action, String targetType, String targetId, String detail) {
}
