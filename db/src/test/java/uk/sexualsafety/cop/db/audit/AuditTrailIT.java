package uk.sexualsafety.cop.db.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.IntegrationTest;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsAreAppendedAndReadBackInOrder() {
        String target = UUID.randomUUID().toString();
        auditEvents.save(new AuditEvent(Instant.parse("2026-01-01T10:00:00Z"), 1L, "REQUEST_APPROVED", "test", target, null));
        auditEvents.save(new AuditEvent(Instant.parse("2026-01-01T11:00:00Z"), 2L, "ROLES_CHANGED", "test", target, "MEMBER"));

        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("test", target))
                .extracting(AuditEvent::getAction)
                .containsExactly("REQUEST_APPROVED", "ROLES_CHANGED");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEvent() {
        AuditEvent event = auditEvents.save(new AuditEvent(Instant.now(), 1L, "SESSIONS_ENDED", "test", "x", null));

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET action = 'NOTHING' WHERE id = ?", event.getId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", event.getId()))
                .hasMessageContaining("append-only");
    }
}
