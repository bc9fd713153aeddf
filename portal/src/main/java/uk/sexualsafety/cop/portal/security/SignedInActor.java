package uk.sexualsafety.cop.portal.security;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.audit.AuditActor;

import java.util.Optional;

/** The audit trail's actor: the person signed in for the current request. */
@Component
class SignedInActor implements AuditActor {

    private final CurrentUser currentUser;

    SignedInActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Long> accountId() {
        return currentUser.get().map(PortalUser::accountId);
    }
}
