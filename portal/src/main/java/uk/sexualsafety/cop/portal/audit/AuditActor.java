package uk.sexualsafety.cop.portal.audit;

import java.util.Optional;

/**
 * Who acts in the current request, for the audit trail. The security feature knows who is signed in and provides it,
 * so that the audit trail, which security also writes to, does not depend on security in turn.
 */
public interface AuditActor {

    /** The signed-in person's account id; empty when nobody is signed in. */
    Optional<Long> accountId();
}
