package uk.sexualsafety.cop.portal.secondfactor;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.SignInSessions;

/** Administrators help someone who lost their phone and their recovery codes. */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class SecondFactorAdministration {

    private final SecondFactorCodes codes;
    private final SignInSessions signIns;
    private final AuditTrail audit;

    SecondFactorAdministration(SecondFactorCodes codes, SignInSessions signIns, AuditTrail audit) {
        this.codes = codes;
        this.signIns = signIns;
        this.audit = audit;
    }

    /**
     * Removes the member's second factor and ends their sign-ins (the lost phone may be signed in): they set up a
     * new app at their next sign-in. Returns whether there was one to remove.
     */
    @Transactional
    public boolean reset(long accountId) {
        boolean had = codes.remove(accountId);
        audit.record("SECOND_FACTOR_RESET", "account", accountId, had ? null : "none enrolled");
        signIns.endAllExcept(accountId, null);
        return had;
    }
}
