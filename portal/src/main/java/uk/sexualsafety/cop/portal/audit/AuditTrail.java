package uk.sexualsafety.cop.portal.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the audit trail in the caller's transaction, so that an action and its record commit or roll back
 * together. Details name ids and outcomes, never content or personal data.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final AuditActor actor;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, AuditActor actor, Clock clock) {
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String detail) {
        append(clock.instant(), actor.accountId().orElse(null), action, targetType, targetId, detail);
    }

    /**
     * Records an anonymous contributor's action: no actor, whoever is signed in, and the time only to the hour, so
     * that the row cannot be matched with a sign-in or a request (decision 025).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAnonymously(String action, String targetType, Object targetId, String detail) {
        append(clock.instant().truncatedTo(ChronoUnit.HOURS), null, action, targetType, targetId, detail);
    }

    /**
     * Appends a row whose actor is given rather than the signed-in person: for sign-in events, where the request
     * has no signed-in person yet (or any more), and the account is known from the event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(Long actorId, String action, String targetType, Object targetId, String detail) {
        append(clock.instant(), actorId, action, targetType, targetId, detail);
    }

    private void append(Instant at, Long actorId, String action, String targetType, Object targetId,
                        String detail) {
        events.save(new AuditEvent(at, actorId, action, targetType, targetId == null ? null : targetId.toString(),
                detail));
    }
}
