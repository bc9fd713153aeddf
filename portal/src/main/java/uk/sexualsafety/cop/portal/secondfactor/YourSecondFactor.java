package uk.sexualsafety.cop.portal.secondfactor;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in person's own second factor, for "Your account": its state, setting up a new app and new recovery
 * codes. Once there is a second factor, changing it takes a current code (or a recovery code), so that a browser
 * left signed in is not enough to take it over.
 */
@Service
@PermitAll
public class YourSecondFactor {

    /** {@code enrolledAt} is null when there is no second factor yet. */
    public record State(boolean required, Instant enrolledAt, long recoveryCodesLeft) {

        public boolean enrolled() {
            return enrolledAt != null;
        }
    }

    private final SecondFactorCodes codes;
    private final CurrentUser currentUser;
    private final SecondFactorProperties properties;

    YourSecondFactor(SecondFactorCodes codes, CurrentUser currentUser, SecondFactorProperties properties) {
        this.codes = codes;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    public State state() {
        PortalUser user = currentUser.require();
        return new State(properties.requiredFor(user.roles()), codes.enrolledAt(user.accountId()).orElse(null),
                codes.recoveryCodesLeft(user.accountId()));
    }

    public Enrolment startEnrolment() {
        return codes.newEnrolment(currentUser.require().accountId());
    }

    /**
     * Replaces the app (or sets one up, for someone who has signed in only through NHSmail so far). {@code
     * currentCode} is needed when there is a second factor already. Returns the new recovery codes.
     */
    public List<String> enrol(String currentCode, Enrolment enrolment, String newCode) {
        long accountId = currentUser.require().accountId();
        boolean replacing = codes.enrolledAt(accountId).isPresent();
        if (!codes.confirms(enrolment, newCode)) {
            // Checked first: a current code is used up when accepted, and should not be spent on a typing slip.
            throw new CodeRefusedException(CodeCheck.of(CodeCheck.Outcome.WRONG), CodeRefusedException.NEW_CODE);
        }
        if (replacing) {
            requireCurrentCode(accountId, currentCode);
        }
        return codes.enrol(accountId, enrolment, newCode, replacing);
    }

    /** Ten new recovery codes, the old ones no longer working; needs a current code. */
    public List<String> newRecoveryCodes(String currentCode) {
        long accountId = currentUser.require().accountId();
        if (codes.enrolledAt(accountId).isEmpty()) {
            throw new IllegalStateException("Set up a second factor first");
        }
        requireCurrentCode(accountId, currentCode);
        return codes.newRecoveryCodes(accountId);
    }

    private void requireCurrentCode(long accountId, String currentCode) {
        CodeCheck check = codes.check(accountId, currentCode);
        if (!check.accepted()) {
            throw new CodeRefusedException(check, CodeRefusedException.CURRENT_CODE);
        }
    }
}
