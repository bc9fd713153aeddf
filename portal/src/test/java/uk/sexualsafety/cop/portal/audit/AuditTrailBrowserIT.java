package uk.sexualsafety.cop.portal.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.AuditTrailPage;
import uk.sexualsafety.cop.portal.pages.ChartWithTablePage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AuditTrailBrowserIT {

    private static final ZoneId BRITAIN = ZoneId.of("Europe/London");

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorNarrowsTheTrailToAMembersRecentActionsReopensItFromTheAddressAndExportsIt(
            Browser administrator) {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        String policy = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(BRITAIN);
        recorded(member.accountId(), "POLICY_SHARED", policy, today.minusDays(10), "=HYPERLINK(\"http://x\")");
        recorded(member.accountId(), "POLICY_DETAILS_CHANGED", policy, today.minusDays(2), "version 2, reviewed");
        recorded(member.accountId(), "POLICY_WITHDRAWN", policy, today.minusDays(40), null);
        TestAccounts.Credentials admin = accounts.create(Role.ADMINISTRATOR);

        LoginPage.open(administrator).signInAs(admin.email(), admin.password());
        new Navigation(administrator.driver()).shouldShowSignedInAs(admin.displayName());
        AuditTrailPage audit = AuditTrailPage.open(administrator, "");
        administrator.shouldHaveNoAccessibilityViolations();

        audit.byActor(member.email());
        audit.shouldCount("3 entries");
        audit.byTarget("policy", policy);
        audit.shouldCount("3 entries");
        audit.between(today.minusDays(14), today);
        audit.shouldCount("2 entries");
        audit.shouldListRowWith("POLICY_DETAILS_CHANGED", "POLICY_SHARED", member.displayName());
        audit.shouldKeepInTheAddress("actor=", "targetType=policy", "targetId=" + policy,
                "from=" + today.minusDays(14), "to=" + today);
        administrator.shouldHaveNoAccessibilityViolations();

        URI address = URI.create(audit.address());
        AuditTrailPage reopened = AuditTrailPage.open(administrator, address.getRawQuery());
        reopened.shouldCount("2 entries");
        reopened.shouldShowFilter("audit-target-id", policy);
        reopened.shouldShowFilter("audit-actor", member.email());

        ChartWithTablePage.DownloadedFile csv = reopened.exportCsv();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTime (UK),Action,Actor id,Actor name,Actor email,Target type,Target id,"
                + "Detail\r\n");
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).contains("POLICY_DETAILS_CHANGED," + member.accountId() + ",")
                .contains("\"version 2, reviewed\"")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
                .doesNotContain("POLICY_WITHDRAWN");
        assertThat(count("AUDIT_TRAIL_EXPORTED", admin.accountId())).as("the export is audited").isOne();
        assertThat(count("SIGNED_IN", admin.accountId())).as("the sign-in's first step").isOne();
        assertThat(count("SIGN_IN_SECOND_STEP_PASSED", admin.accountId())).as("and its second").isOne();

        new Navigation(administrator.driver()).signOut();
        new Navigation(administrator.driver()).shouldShowSignedOut();
        assertThat(count("SIGNED_OUT", admin.accountId())).as("signing out is audited").isOne();
    }

    private void recorded(long actorId, String action, String policy, LocalDate day, String detail) {
        jdbc.update("insert into audit_event (occurred_at, actor_id, action, target_type, target_id, detail) "
                        + "values (?, ?, ?, 'policy', ?, ?)",
                Timestamp.from(day.atTime(LocalTime.NOON).atZone(BRITAIN).toInstant()), actorId, action, policy,
                detail);
    }

    private int count(String action, long actorId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_id = ?",
                Integer.class, action, actorId);
    }
}
