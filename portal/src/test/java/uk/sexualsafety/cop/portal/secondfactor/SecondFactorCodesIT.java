package uk.sexualsafety.cop.portal.secondfactor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.secondfactor.SecondFactorRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.TestAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecondFactorCodesIT {

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SecondFactorRepository factors;

    @Autowired
    JdbcTemplate jdbc;

    private final AuthenticatorApp app = new AuthenticatorApp(TestAccounts.SECOND_FACTOR_SECRET);

    @Test
    void theSecretIsStoredEncryptedAndNeverAsItsText() {
        long moderator = accounts.create(Role.MODERATOR).accountId();

        String stored = jdbc.queryForObject("select secret from second_factor where account_id = ?", String.class,
                moderator);

        assertThat(stored).doesNotContain(TestAccounts.SECOND_FACTOR_SECRET).startsWith("v1:");
    }

    @Test
    void aCodeFromTheAppIsAcceptedOnceAndNotAgainWithinItsWindow() {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        String code = app.codeNow();

        assertThat(codes.check(moderator, code).outcome()).isEqualTo(CodeCheck.Outcome.ACCEPTED);
        assertThat(codes.check(moderator, code).outcome()).isEqualTo(CodeCheck.Outcome.USED_ALREADY);
        assertThat(codes.check(moderator, app.nextCode()).outcome()).isEqualTo(CodeCheck.Outcome.ACCEPTED);
    }

    @Test
    void fiveWrongCodesPauseTheSecondFactorEvenForTheRightCode() {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(codes.check(moderator, app.wrongCode()).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        }

        CodeCheck fifth = codes.check(moderator, app.wrongCode());

        assertThat(fifth.outcome()).isEqualTo(CodeCheck.Outcome.PAUSED);
        assertThat(fifth.pausedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(4)),
                Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(codes.check(moderator, app.codeNow()).outcome()).isEqualTo(CodeCheck.Outcome.PAUSED);
    }

    @Test
    void theRightCodeClearsEarlierWrongOnes() {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        for (int attempt = 1; attempt < 5; attempt++) {
            codes.check(moderator, app.wrongCode());
        }
        codes.check(moderator, app.codeNow());

        assertThat(codes.check(moderator, app.wrongCode()).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
    }

    @Test
    void eachFurtherRunOfWrongCodesDoublesThePauseUpToADay() {
        assertThat(codes.pauseAfter(0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(codes.pauseAfter(1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(codes.pauseAfter(3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(codes.pauseAfter(12)).isEqualTo(Duration.ofHours(24));
        assertThat(codes.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void fiftyParallelWrongCodesAreCheckedNoMoreThanTheAllowance() throws Exception {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        String wrong = app.wrongCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CodeCheck>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                attempts.add(() -> codes.check(moderator, wrong));
            }
            List<CodeCheck.Outcome> outcomes = new ArrayList<>();
            for (Future<CodeCheck> attempt : pool.invokeAll(attempts)) {
                outcomes.add(attempt.get().outcome());
            }

            assertThat(outcomes).filteredOn(outcome -> outcome == CodeCheck.Outcome.WRONG).hasSize(4);
            assertThat(outcomes).filteredOn(outcome -> outcome == CodeCheck.Outcome.PAUSED).hasSize(46);
            assertThat(factors.findById(moderator).orElseThrow().getPauses()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRecoveryCodeWorksOnceAndOnlyForItsAccount() {
        long moderator = accounts.createWithoutSecondFactor(Role.MODERATOR).accountId();
        long other = accounts.create(Role.MODERATOR).accountId();
        Enrolment enrolment = codes.newEnrolment(moderator);
        List<String> recovery = codes.enrol(moderator, enrolment, new AuthenticatorApp(enrolment.secret()).codeNow(),
                false);

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));
        assertThat(codes.check(other, recovery.get(0)).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        assertThat(codes.check(moderator, recovery.get(0).toLowerCase()).outcome())
                .isEqualTo(CodeCheck.Outcome.ACCEPTED);
        assertThat(codes.check(moderator, recovery.get(0)).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        assertThat(codes.recoveryCodesLeft(moderator)).isEqualTo(9);
    }

    @Test
    void enrollingTakesACodeFromTheNewAppAndThatCodeCannotSignInAfterwards() {
        long moderator = accounts.createWithoutSecondFactor(Role.MODERATOR).accountId();
        Enrolment enrolment = codes.newEnrolment(moderator);
        AuthenticatorApp newApp = new AuthenticatorApp(enrolment.secret());

        assertThatThrownBy(() -> codes.enrol(moderator, enrolment, newApp.wrongCode(), false))
                .isInstanceOf(CodeRefusedException.class);
        assertThat(codes.enrolledAt(moderator)).isEmpty();

        String confirming = newApp.codeNow();
        codes.enrol(moderator, enrolment, confirming, false);

        assertThat(codes.enrolledAt(moderator)).isPresent();
        assertThat(codes.check(moderator, confirming).outcome()).isEqualTo(CodeCheck.Outcome.USED_ALREADY);
        assertThat(enrolment.appAddress()).contains("secret=" + enrolment.secret());
    }

    @Test
    void aFirstEnrolmentCannotReplaceAnAppAlreadyThere() {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        Enrolment enrolment = codes.newEnrolment(moderator);

        assertThatThrownBy(() -> codes.enrol(moderator, enrolment,
                new AuthenticatorApp(enrolment.secret()).codeNow(), false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(codes.check(moderator, app.codeNow()).accepted()).isTrue();
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        long moderator = accounts.createWithoutSecondFactor(Role.MODERATOR).accountId();
        Enrolment enrolment = codes.newEnrolment(moderator);
        List<String> first = codes.enrol(moderator, enrolment, new AuthenticatorApp(enrolment.secret()).codeNow(),
                false);

        List<String> second = codes.newRecoveryCodes(moderator);

        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(codes.check(moderator, first.get(0)).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        assertThat(codes.check(moderator, second.get(0)).accepted()).isTrue();
    }
}
