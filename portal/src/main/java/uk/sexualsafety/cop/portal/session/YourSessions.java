package uk.sexualsafety.cop.portal.session;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.SignIn;
import uk.sexualsafety.cop.portal.security.SignInSecurityContextRepository;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import java.util.List;

/** The signed-in person's own sign-ins: which devices, when last active, and signing the others out. */
@Service
@PermitAll
public class YourSessions {

    /** A sign-in as "Your sessions" lists it. */
    public record Entry(SignIn signIn, boolean thisDevice) {
    }

    private final SignInSessions signIns;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    YourSessions(SignInSessions signIns, CurrentUser currentUser, AuditTrail audit) {
        this.signIns = signIns;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<Entry> list() {
        String current = currentSignInId();
        return signIns.listFor(currentUser.require().accountId()).stream()
                .map(signIn -> new Entry(signIn, signIn.id().equals(current)))
                .toList();
    }

    @Transactional
    public int signOutOthers() {
        String current = currentSignInId();
        if (current == null) {
            throw new IllegalStateException("This request carries no sign-in");
        }
        long accountId = currentUser.require().accountId();
        int ended = signIns.endAllExcept(accountId, current);
        audit.record("OTHER_SIGN_INS_ENDED", "account", accountId, ended + " sign-ins");
        return ended;
    }

    private static String currentSignInId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object id = request == null ? null
                : request.getAttribute(SignInSecurityContextRepository.CURRENT_SIGN_IN, RequestAttributes.SCOPE_REQUEST);
        return id instanceof String value ? value : null;
    }
}
