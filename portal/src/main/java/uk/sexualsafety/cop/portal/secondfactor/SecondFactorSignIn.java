package uk.sexualsafety.cop.portal.secondfactor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.portal.security.PendingSecondFactor;
import uk.sexualsafety.cop.portal.security.SecondFactorGate;

import java.util.List;
import java.util.Optional;

/**
 * The second step of signing in with a password, for accounts whose roles need it: enrolling an authenticator app
 * the first time, entering a code afterwards. It acts only on the account whose password this browser has just
 * given (the sign-in waiting for its second factor), never on one a caller names. A first enrolment is only
 * possible while the account has none: someone who knows only the password cannot replace the owner's app.
 */
@Service
public class SecondFactorSignIn {

    public enum Step { ENTER_CODE, ENROL }

    private final SecondFactorGate gate;
    private final SecondFactorCodes codes;

    SecondFactorSignIn(SecondFactorGate gate, SecondFactorCodes codes) {
        this.gate = gate;
        this.codes = codes;
    }

    /** What this browser's sign-in needs next, or empty when it waits for no second factor. */
    public Optional<Step> step() {
        return gate.pending().map(pending -> codes.enrolledAt(pending.accountId()).isPresent()
                ? Step.ENTER_CODE : Step.ENROL);
    }

    public Enrolment startEnrolment() {
        return codes.newEnrolment(waitingToEnrol().accountId());
    }

    /** Stores the app's secret once its code is right, and signs the browser in; returns the recovery codes. */
    public List<String> enrol(Enrolment enrolment, String typedCode) {
        PendingSecondFactor pending = waitingToEnrol();
        List<String> recoveryCodes = codes.enrol(pending.accountId(), enrolment, typedCode, false);
        gate.complete();
        return recoveryCodes;
    }

    /** Checks a code from the app or a recovery code; when accepted, the browser is signed in. */
    public CodeCheck verify(String typed) {
        PendingSecondFactor pending = gate.pending().orElseThrow(SecondFactorSignIn::notWaiting);
        CodeCheck check = codes.check(pending.accountId(), typed);
        if (check.accepted()) {
            gate.complete();
        }
        return check;
    }

    private PendingSecondFactor waitingToEnrol() {
        PendingSecondFactor pending = gate.pending().orElseThrow(SecondFactorSignIn::notWaiting);
        if (codes.enrolledAt(pending.accountId()).isPresent()) {
            throw new AccessDeniedException("This account has a second factor: enter a code from it");
        }
        return pending;
    }

    private static AccessDeniedException notWaiting() {
        return new AccessDeniedException("No sign-in waits for a second factor in this browser");
    }
}
