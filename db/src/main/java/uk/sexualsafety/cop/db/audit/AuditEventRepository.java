package uk.sexualsafety.cop.db.audit;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Append and read only: the audit trail has no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAt(String targetType, String targetId);
}
