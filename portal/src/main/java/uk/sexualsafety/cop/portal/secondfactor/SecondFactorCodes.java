package uk.sexualsafety.cop.portal.secondfactor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.secondfactor.RecoveryCode;
import uk.sexualsafety.cop.db.secondfactor.RecoveryCodeRepository;
import uk.sexualsafety.cop.db.secondfactor.SecondFactor;
import uk.sexualsafety.cop.db.secondfactor.SecondFactorRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.codes.ReadableCodes;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An account's second factor in the database: enrolling a secret, checking a typed code (throttled, each code
 * accepted once), recovery codes. It takes the account as given: the services around it decide whose account a
 * request may act on ({@link SecondFactorSignIn}, {@link YourSecondFactor}, {@link SecondFactorAdministration}).
 */
@Service
public class SecondFactorCodes {

    static final int RECOVERY_CODES = 10;
    static final int RECOVERY_CODE_CHARACTERS = 16;
    /** Each run of wrong codes doubles the pause, up to this. */
    static final Duration LONGEST_PAUSE = Duration.ofHours(24);

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountRepository accounts;
    private final SecretCipher cipher;
    private final SecondFactorProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final OneTimeCodes codes = new OneTimeCodes();
    private final ReadableCodes recoveryCodeMaker = new ReadableCodes(RECOVERY_CODE_CHARACTERS);

    SecondFactorCodes(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, AccountRepository accounts,
                      SecretCipher cipher, SecondFactorProperties properties, AuditTrail audit, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.cipher = cipher;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the account enrolled, if it has. */
    @Transactional(readOnly = true)
    public Optional<Instant> enrolledAt(long accountId) {
        return factors.findById(accountId).map(SecondFactor::getEnrolledAt);
    }

    @Transactional(readOnly = true)
    public long recoveryCodesLeft(long accountId) {
        return recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    /** A new secret for the account's authenticator app, labelled with its email address. */
    @Transactional(readOnly = true)
    public Enrolment newEnrolment(long accountId) {
        String email = accounts.findById(accountId).orElseThrow().getEmail();
        String secret = codes.newSecret();
        return new Enrolment(secret, OneTimeCodes.appAddress(properties.issuer(), email, secret));
    }

    /** Whether the code is one the enrolment's app shows now; checks nothing stored and changes nothing. */
    public boolean confirms(Enrolment enrolment, String typedCode) {
        return codes.matchingStep(enrolment.secret(), typedCode, clock.instant()).isPresent();
    }

    /**
     * Stores the enrolment's secret once a code from the app proves the app has it, replacing any secret before
     * ({@code replacing}) or only when there is none; returns the new recovery codes, shown once.
     */
    @Transactional
    public List<String> enrol(long accountId, Enrolment enrolment, String typedCode, boolean replacing) {
        Instant now = clock.instant();
        OptionalLong step = codes.matchingStep(enrolment.secret(), typedCode, now);
        if (step.isEmpty()) {
            throw new CodeRefusedException(CodeCheck.of(CodeCheck.Outcome.WRONG), CodeRefusedException.NEW_CODE);
        }
        Optional<SecondFactor> existing = factors.findForUpdate(accountId);
        if (existing.isPresent() && !replacing) {
            throw new IllegalStateException("This account has a second factor already");
        }
        String encrypted = cipher.encrypt(accountId, enrolment.secret());
        SecondFactor factor = existing.orElseGet(() -> new SecondFactor(accountId, encrypted, now));
        factor.replaceSecret(encrypted, now);
        // The code that confirmed the app is used: it cannot sign anyone in afterwards.
        factor.useStep(step.getAsLong());
        factors.save(factor);
        audit.record(existing.isPresent() ? "SECOND_FACTOR_REPLACED" : "SECOND_FACTOR_ENROLLED", "account",
                accountId, null);
        return replaceRecoveryCodes(accountId, now);
    }

    /** For the demo's accounts and tests: an account enrolled with a secret known beforehand. */
    @Transactional
    public void enrolKnownSecret(long accountId, String secret) {
        Instant now = clock.instant();
        factors.save(new SecondFactor(accountId, cipher.encrypt(accountId, secret), now));
        replaceRecoveryCodes(accountId, now);
    }

    /**
     * Checks a one-time code or a recovery code. The account's row stays locked while it is checked, so parallel
     * attempts are taken one at a time and no more than the allowance is ever evaluated before the pause.
     */
    @Transactional
    public CodeCheck check(long accountId, String typed) {
        Optional<SecondFactor> found = factors.findForUpdate(accountId);
        if (found.isEmpty()) {
            return CodeCheck.of(CodeCheck.Outcome.WRONG);
        }
        SecondFactor factor = found.get();
        Instant now = clock.instant();
        if (factor.isPausedAt(now)) {
            return CodeCheck.pausedUntil(factor.getPausedUntil());
        }
        if (OneTimeCodes.looksLikeCode(typed)) {
            OptionalLong step = codes.matchingStep(cipher.decrypt(accountId, factor.getSecret()), typed, now);
            if (step.isPresent()) {
                if (factor.useStep(step.getAsLong())) {
                    factor.succeeded();
                    return CodeCheck.of(CodeCheck.Outcome.ACCEPTED);
                }
                return failed(factor, now, CodeCheck.Outcome.USED_ALREADY);
            }
        } else if (recoveryCodes.use(accountId, ReadableCodes.hash(typed), now) == 1) {
            factor.succeeded();
            audit.record("RECOVERY_CODE_USED", "account", accountId, null);
            return CodeCheck.of(CodeCheck.Outcome.ACCEPTED);
        }
        return failed(factor, now, CodeCheck.Outcome.WRONG);
    }

    private CodeCheck failed(SecondFactor factor, Instant now, CodeCheck.Outcome outcome) {
        if (!factor.failed(properties.failuresBeforePause())) {
            return CodeCheck.of(outcome);
        }
        Instant until = now.plus(pauseAfter(factor.getPauses()));
        factor.pauseUntil(until);
        audit.record("SECOND_FACTOR_PAUSED", "account", factor.getAccountId(), null);
        return CodeCheck.pausedUntil(until);
    }

    /** The configured pause, doubled for each earlier pause since the last accepted code, at most a day. */
    Duration pauseAfter(int earlierPauses) {
        Duration pause = properties.pause().multipliedBy(1L << Math.min(earlierPauses, 16));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Ten new recovery codes in place of the old ones; the codes are returned once and kept only as hashes. */
    @Transactional
    public List<String> newRecoveryCodes(long accountId) {
        List<String> fresh = replaceRecoveryCodes(accountId, clock.instant());
        audit.record("RECOVERY_CODES_REPLACED", "account", accountId, null);
        return fresh;
    }

    /** Forgets the account's second factor: it enrols again at its next sign-in. Returns whether it had one. */
    @Transactional
    public boolean remove(long accountId) {
        recoveryCodes.deleteAllOf(accountId);
        return factors.findForUpdate(accountId).map(factor -> {
            factors.delete(factor);
            return true;
        }).orElse(false);
    }

    private List<String> replaceRecoveryCodes(long accountId, Instant now) {
        recoveryCodes.deleteAllOf(accountId);
        List<String> fresh = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCodeMaker.newCode();
            fresh.add(code);
            recoveryCodes.save(new RecoveryCode(accountId, ReadableCodes.hash(code), now));
        }
        return List.copyOf(fresh);
    }
}
