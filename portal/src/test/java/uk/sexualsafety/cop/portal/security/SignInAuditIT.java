package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.browser.BrowserTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, as the audit trail records it, through the real sign-in form over HTTP: Spring Security's own events
 * write the rows, so every way of signing in is covered. No browser is needed; it runs in the journeys' context.
 */
@BrowserTest
class SignInAuditIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private SignInHttp http;
    private final String client = "2001:db8:a0d1:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff)
            + "::1";

    @BeforeEach
    void open() {
        http = new SignInHttp(port);
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void aSignInIsRecordedWithItsAccountAndMethod() {
        Credentials member = accounts.create(Role.MEMBER);

        assertThat(http.post(http.signInPage(), member.email(), member.password(), client)).isEqualTo("/");

        assertThat(rows("SIGNED_IN", String.valueOf(member.accountId()))).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isEqualTo(member.accountId());
            assertThat(row.get("detail")).isEqualTo("password");
        });
    }

    @Test
    void aSignInThatNeedsASecondStepSaysSo() {
        Credentials moderator = accounts.create(Role.MODERATOR);

        http.post(http.signInPage(), moderator.email(), moderator.password(), client);

        assertThat(rows("SIGNED_IN", String.valueOf(moderator.accountId()))).singleElement()
                .satisfies(row -> assertThat(row.get("detail")).isEqualTo("password; second step to pass"));
        assertThat(rows("SIGN_IN_SECOND_STEP_PASSED", String.valueOf(moderator.accountId()))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRecordedAgainstTheAccountWithoutThePasswordOrAnyoneAsActor() {
        Credentials member = accounts.create(Role.MEMBER);
        String wrong = "wrong-" + UUID.randomUUID();

        assertThat(http.post(http.signInPage(), member.email(), wrong, client)).isEqualTo("/login?error");

        assertThat(rows("SIGN_IN_FAILED", String.valueOf(member.accountId()))).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isNull();
            assertThat(row.get("detail")).isEqualTo("password refused");
        });
        assertThat(anyRowContains(wrong)).as("the password typed").isFalse();
        assertThat(anyRowContains(member.email())).as("the address typed").isFalse();
    }

    @Test
    void anAddressWithoutAnAccountIsRecordedAsAFailureWithoutTheAddress() {
        String typed = "nobody-" + UUID.randomUUID() + "@test.nhs.net";
        long before = failuresWithoutTarget();

        assertThat(http.post(http.signInPage(), typed, "any-password-at-all", client)).isEqualTo("/login?error");

        assertThat(failuresWithoutTarget()).isEqualTo(before + 1);
        assertThat(anyRowContains(typed)).as("the address typed").isFalse();
        assertThat(anyRowContains("any-password-at-all")).as("the password typed").isFalse();
    }

    @Test
    void signInsRefusedForTooManyAttemptsAreRecordedOnceAWindowWithoutWhatWasTyped() {
        Credentials member = accounts.create(Role.MEMBER);
        String wrong = "wrong-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(http.post(http.signInPage(), member.email(), wrong, client)).isEqualTo("/login?error");
        }

        for (int refused = 0; refused < 3; refused++) {
            assertThat(http.post(http.signInPage(), member.email(), wrong, client)).isEqualTo("/login?throttled");
        }

        assertThat(rows("SIGN_IN_FAILED", String.valueOf(member.accountId())))
                .filteredOn(row -> "too many attempts: refused unchecked".equals(row.get("detail")))
                .singleElement().satisfies(row -> assertThat(row.get("actor_id")).isNull());
        assertThat(anyRowContains(wrong)).as("the password typed").isFalse();
        assertThat(anyRowContains(member.email())).as("the address typed").isFalse();
    }

    private List<Map<String, Object>> rows(String action, String targetId) {
        return jdbc.queryForList("select actor_id, detail from audit_event where action = ? and target_type = "
                + "'account' and target_id = ?", action, targetId);
    }

    private long failuresWithoutTarget() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and "
                + "target_id is null and detail = 'no account has the address typed'", Long.class);
    }

    private boolean anyRowContains(String text) {
        return jdbc.queryForObject("select count(*) from audit_event where action like 'SIGN%' and (instr(detail, ?) "
                + "> 0 or instr(target_id, ?) > 0)", Long.class, text, text) > 0;
    }
}
