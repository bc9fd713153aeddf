package uk.sexualsafety.cop.portal.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.investigator.PoolReports;
import uk.sexualsafety.cop.portal.moderation.ModerationQueue;
import uk.sexualsafety.cop.portal.security.SignIn;
import uk.sexualsafety.cop.portal.security.SignInSecurityContextRepository;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.session.YourSessions;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditSearchIT {

    private static final ZoneId BRITAIN = ZoneId.of("Europe/London");

    @Autowired
    AuditSearch search;
    @Autowired
    ModerationQueue queue;
    @Autowired
    PoolReports reports;
    @Autowired
    YourSessions sessions;
    @Autowired
    SignInSessions signIns;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    private Credentials actor;
    private long administrator;
    private String target;
    private final LocalDate today = LocalDate.now(BRITAIN);

    @BeforeEach
    void aMembersTrail() {
        actor = accounts.create(Role.MEMBER);
        target = "t-" + UUID.randomUUID().toString().substring(0, 12);
        recorded(actor.accountId(), "CASE_STUDY_SUBMITTED", "case_study", target, today.minusDays(20).atTime(9, 0),
                "first");
        recorded(actor.accountId(), "CASE_STUDY_REVISED", "case_study", target, today.minusDays(3).atTime(23, 59),
                "=1+2");
        recorded(actor.accountId(), "CASE_STUDY_REVISED", "case_study", target, today.minusDays(1).atTime(0, 0),
                "-cmd|' /C calc'!A0, \"quoted\"");
        recorded(null, "CASE_STUDY_PUBLISHED", "case_study", target, today.atTime(LocalTime.NOON), "@SUM(A1)");
        administrator = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administrator);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void eachFilterNarrowsTheTrailAndRowsComeNewestFirst() {
        AuditFilter byTarget = new AuditFilter(null, null, "case_study", target, null, null);
        assertThat(search.count(byTarget)).isEqualTo(4);
        assertThat(search.page(byTarget, 0, 10)).extracting(AuditEntry::detail)
                .containsExactly("@SUM(A1)", "-cmd|' /C calc'!A0, \"quoted\"", "=1+2", "first");
        assertThat(search.page(byTarget, 1, 2)).extracting(AuditEntry::detail)
                .containsExactly("-cmd|' /C calc'!A0, \"quoted\"", "=1+2");

        assertThat(search.count(new AuditFilter("CASE_STUDY_REVISED", null, null, target, null, null))).isEqualTo(2);
        assertThat(search.count(new AuditFilter(null, null, null, target, null, null))).isEqualTo(4);
        assertThat(search.count(new AuditFilter(null, null, "story", target, null, null))).isZero();
    }

    @Test
    void theActorIsFoundByPartOfTheNameOrAddressOrByIdAndShownWithBoth() {
        String email = actor.email();
        for (String typed : List.of(email.toUpperCase(), email.substring(2, email.indexOf('@')),
                actor.displayName(), String.valueOf(actor.accountId()), "#" + actor.accountId())) {
            assertThat(search.count(new AuditFilter(null, typed, null, target, null, null))).as(typed)
                    .isEqualTo(3);
        }
        assertThat(search.page(new AuditFilter(null, email, null, target, null, null), 0, 1)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo(actor.accountId());
                    assertThat(entry.actorName()).isEqualTo(actor.displayName());
                    assertThat(entry.actorEmail()).isEqualTo(email);
                });
        assertThat(search.count(new AuditFilter(null, "no-such-person-" + UUID.randomUUID(), null, null, null,
                null))).isZero();
        assertThat(search.count(new AuditFilter(null, "%", null, target, null, null)))
                .as("a wildcard typed is a character like any other").isZero();
    }

    @Test
    void daysAreBritishDaysWithBothEndsIncluded() {
        assertThat(search.count(new AuditFilter(null, null, null, target, today.minusDays(3), today.minusDays(1))))
                .as("23:59 on the first day and midnight on the last").isEqualTo(2);
        assertThat(search.count(new AuditFilter(null, null, null, target, today, null))).isEqualTo(1);
        assertThat(search.count(new AuditFilter(null, null, null, target, null, today.minusDays(20)))).isEqualTo(1);
        assertThatThrownBy(() -> new AuditFilter(null, null, null, null, today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsKey(AuditFilter.TO));
    }

    @Test
    void theChoicesOfferWhatTheTrailHolds() {
        assertThat(search.actions()).contains("CASE_STUDY_REVISED", "CASE_STUDY_PUBLISHED").doesNotHaveDuplicates();
        assertThat(search.targetTypes()).contains("case_study").doesNotHaveDuplicates();
    }

    @Test
    void onlyAdministratorsMaySearchOrExport() {
        for (Role role : List.of(Role.MEMBER, Role.MODERATOR, Role.POOL_COORDINATOR, Role.INVESTIGATOR)) {
            signedIn.as(accounts.create(role).accountId());
            assertThatThrownBy(() -> search.count(AuditFilter.NONE)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> search.page(AuditFilter.NONE, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> search.export(AuditFilter.NONE, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.nobody();
        assertThatThrownBy(() -> search.actions()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theExportIsCsvThatSpreadsheetsShowAsTextAndIsItselfAudited() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = search.export(new AuditFilter(null, actor.email(), "case_study", target, null, null), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(3);
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFTime (UK),Action,Actor id,Actor name,Actor email,Target type,Target id,Detail",
                line("CASE_STUDY_REVISED", today.minusDays(1) + " 00:00:00",
                        "\"'-cmd|' /C calc'!A0, \"\"quoted\"\"\""),
                line("CASE_STUDY_REVISED", today.minusDays(3) + " 23:59:00", "'=1+2"),
                line("CASE_STUDY_SUBMITTED", today.minusDays(20) + " 09:00:00", "first"));

        assertThat(jdbc.queryForList("select detail from audit_event where action = 'AUDIT_TRAIL_EXPORTED' "
                        + "and actor_id = ?", String.class, administrator)).singleElement().asString()
                .contains("actors [" + actor.accountId() + "]").contains("target id " + target)
                .doesNotContain(actor.email());
    }

    @Test
    void anExportOfRowsThatStartLikeFormulasDefusesEachOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        search.export(new AuditFilter("CASE_STUDY_PUBLISHED", null, null, target, null, null), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(",case_study," + target + ",'@SUM(A1)\r\n");
    }

    @Test
    void aModeratorsQueueSearchIsAuditedWithoutItsWords() {
        long moderator = accounts.create(Role.MODERATOR).accountId();
        signedIn.as(moderator);
        String words = "unusualword" + UUID.randomUUID().toString().substring(0, 6);

        queue.search(words, PageRequest.of(0, 10));

        assertThat(jdbc.queryForList("select detail from audit_event where action = 'MODERATION_QUEUE_SEARCHED' "
                + "and actor_id = ?", String.class, moderator)).containsExactly((String) null);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where instr(detail, ?) > 0", Long.class,
                words)).isZero();
    }

    @Test
    void poolReportViewsAndTheirExportsAreAudited() {
        long coordinator = accounts.create(Role.POOL_COORDINATOR).accountId();
        signedIn.as(coordinator);

        reports.report();
        reports.exported("Requests by area");

        assertThat(jdbc.queryForList("select action from audit_event where actor_id = ? and target_type = "
                + "'pool_reports' order by id", String.class, coordinator))
                .containsExactly("POOL_REPORTS_VIEWED", "POOL_REPORT_EXPORTED");
    }

    @Test
    void signingOutOtherSessionsIsAuditedWithHowMany() {
        long member = actor.accountId();
        signedIn.as(member);
        SignIn here = signIns.start(member, "This browser");
        signIns.start(member, "Another browser");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(SignInSecurityContextRepository.CURRENT_SIGN_IN, here.id());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(sessions.signOutOthers()).isEqualTo(1);

        assertThat(jdbc.queryForList("select detail from audit_event where action = 'OTHER_SIGN_INS_ENDED' and "
                + "actor_id = ? and target_id = ?", String.class, member, String.valueOf(member)))
                .containsExactly("1 sign-ins");
    }

    private String line(String action, String time, String detail) {
        return String.join(",", time, action, String.valueOf(actor.accountId()), actor.displayName(),
                actor.email(), "case_study", target, detail);
    }

    private void recorded(Long actorId, String action, String type, String id, LocalDateTime at,
                          String detail) {
        jdbc.update("insert into audit_event (occurred_at, actor_id, action, target_type, target_id, detail) "
                        + "values (?, ?, ?, ?, ?, ?)", Timestamp.from(at.atZone(BRITAIN).toInstant()), actorId,
                action, type, id, detail);
    }
}
