package uk.sexualsafety.cop.portal.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;

import java.time.Clock;

/**
 * Appends to the audit trail in the caller's transaction, so that an action and its record commit or roll back
 * together. Details name ids and outcomes, never content or personal data.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String detail) {
        Long actor = currentUser.get().map(PortalUser::accountId).orElse(null);
        events.save(new AuditEvent(clock.instant(), actor, action, targetType,
                targetId == null ? null : targetId.toString(), detail));
    }

    /**
     * Appends a row whose actor is given rather than the signed-in person: for sign-in events, where the request
     * has no signed-in person yet (or any more), and the account is known from the event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(Long actorId, String action, String targetType, Object targetId, String detail) {
        events.save(new AuditEvent(clock.instant(), actorId, action, targetType,
                targetId == null ? null : targetId.toString(), detail));
    }
}
