package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.account.Contributions;
import uk.sexualsafety.cop.portal.investigator.PoolFixtures;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Erasing an account at the person's request, on a real MariaDB: both choices, the refusals, sign-ins, audit. */
@IntegrationTest
class AccountErasureIT {

    @Autowired
    AccountErasure erasure;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    SignInSessions signIns;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestAccounts.Credentials administrator;
    TestAccounts.Credentials member;
    TestAccounts.Credentials moderator;

    @BeforeEach
    void accounts() {
        administrator = accounts.create(Role.ADMINISTRATOR);
        member = accounts.create(Role.MEMBER, Role.CONTRIBUTOR);
        moderator = accounts.create(Role.MEMBER, Role.MODERATOR);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void withdrawingTheirContributionsLeavesNothingThatNamesThemAndEndsEverySignIn() {
        Contributions.Made made = new Contributions(context).by(member.accountId(), moderator.accountId());
        jdbc.update("""
                insert into membership_request (full_name, email, job_title, organisation_id, reason, status,
                                                requested_at, decided_at)
                select ?, ?, 'Paramedic', organisation_id, 'I lead on sexual safety', 'APPROVED', now(6), now(6)
                from account where id = ?""", member.displayName(), member.email(), member.accountId());
        signIns.start(member.accountId(), "Chrome on Linux");
        signIns.start(member.accountId(), "Safari on iOS");
        signedIn.as(administrator.accountId());

        int ended = erasure.erase(new AccountRef(member.accountId(), version(member)),
                ErasureChoice.WITHDRAW_CONTRIBUTIONS);

        assertThat(ended).isEqualTo(2);
        assertThat(signIns.listFor(member.accountId())).isEmpty();
        Account erased = accountRepository.findById(member.accountId()).orElseThrow();
        assertThat(erased.getDisplayName()).isEqualTo("Former member");
        assertThat(erased.getEmail()).isEqualTo("erased-" + member.accountId() + "@erased.invalid");
        assertThat(erased.getPasswordHash()).isNull();
        assertThat(erased.getJobTitle()).isNull();
        assertThat(erased.getOrganisation()).isNull();
        assertThat(erased.getRoles()).isEmpty();
        assertThat(erased.getStatus()).isEqualTo(AccountStatus.ERASED);
        assertThat(users.activeUser(member.accountId())).isEmpty();
        assertThatThrownBy(() -> users.loadUserByUsername(member.email()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(status("story", made.linkedStory())).isEqualTo("WITHDRAWN");
        assertThat(status("story", made.anonymousStory())).as("not theirs: nothing links it to them")
                .isNotEqualTo("WITHDRAWN");
        assertThat(status("case_study", made.publishedCaseStudy())).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from case_study where id = ?", Integer.class,
                made.draftCaseStudy())).as("a draft nobody else saw is deleted").isZero();
        assertThat(status("case_study_comment", made.comment())).isEqualTo("WITHDRAWN");
        assertThat(status("policy", made.policy())).as("kept for their organisation").isEqualTo("ACTIVE");
        assertThat(rowsNaming(member)).isZero();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(member.accountId()))).extracting(AuditEvent::getAction, AuditEvent::getActorId,
                AuditEvent::getDetail)
                .containsExactly(tuple("ACCOUNT_ERASED", administrator.accountId(), "contributions withdrawn"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = ?", Integer.class,
                member.accountId())).as("the trail keeps what the account did, by its id").isPositive();
    }

    @Test
    void keepingTheirContributionsLeavesThemPublishedWithoutTheirName() {
        Contributions.Made made = new Contributions(context).by(member.accountId(), moderator.accountId());
        signedIn.as(administrator.accountId());

        erasure.erase(new AccountRef(member.accountId(), version(member)), ErasureChoice.KEEP_WITHOUT_NAME);

        assertThat(status("case_study", made.publishedCaseStudy())).isEqualTo("PUBLISHED");
        assertThat(status("story", made.linkedStory())).isNotEqualTo("WITHDRAWN");
        assertThat(status("case_study_comment", made.comment())).isNotEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select a.display_name from case_study c join account a "
                + "on a.id = c.author_account_id where c.id = ?", String.class, made.publishedCaseStudy()))
                .isEqualTo("Former member");
        assertThat(rowsNaming(member)).isZero();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(member.accountId()))).extracting(AuditEvent::getDetail)
                .containsExactly("contributions kept without a name");
    }

    @Test
    void aPartyToAnOpenInvestigationIsRefusedWithTheReasonAndKeepsTheirAccount() {
        PoolFixtures.OpenInvestigation open = PoolFixtures.openInvestigation(context);
        signedIn.as(administrator.accountId());
        long investigatorVersion = version(open.investigatorAccountId());
        long requesterVersion = version(open.requesterAccountId());

        assertThatThrownBy(() -> erasure.erase(new AccountRef(open.investigatorAccountId(), investigatorVersion),
                ErasureChoice.KEEP_WITHOUT_NAME)).isInstanceOf(ErasureRefusedException.class)
                .hasMessage("This member is party to an open investigation (1 offer of an investigation waiting "
                        + "for their answer). Close or reassign it first, then erase the account.");
        assertThatThrownBy(() -> erasure.erase(new AccountRef(open.requesterAccountId(), requesterVersion),
                ErasureChoice.KEEP_WITHOUT_NAME)).isInstanceOf(ErasureRefusedException.class)
                .hasMessageContaining("1 investigation request they filed that is still open")
                .hasMessageContaining("Close or reassign it first");

        assertThat(accountRepository.findById(open.investigatorAccountId()).orElseThrow().isActive()).isTrue();
        assertThat(accountRepository.findById(open.requesterAccountId()).orElseThrow().isActive()).isTrue();
        assertThat(jdbc.queryForObject("select status from investigator where account_id = ?", String.class,
                open.investigatorAccountId())).isEqualTo("ACTIVE");
    }

    @Test
    void anInvestigatorWithNothingOpenLeavesThePoolWithoutTheirNameOrPrivateDetails() {
        long investigator = PoolFixtures.activeInvestigator(context);
        assertThat(jdbc.queryForObject("select count(*) from investigator_accreditation a join investigator i "
                + "on i.id = a.investigator_id where i.account_id = ?", Integer.class, investigator)).isPositive();
        signedIn.as(administrator.accountId());

        erasure.erase(new AccountRef(investigator, version(investigator)), ErasureChoice.KEEP_WITHOUT_NAME);

        assertThat(jdbc.queryForMap("select display_name, contact_email, contact_phone, status from investigator "
                + "where account_id = ?", investigator)).containsEntry("display_name", "Former investigator")
                .containsEntry("contact_email", "erased-" + investigator + "@erased.invalid")
                .containsEntry("contact_phone", null).containsEntry("status", "RETIRED");
        for (String table : List.of("investigator_accreditation", "investigator_employment",
                "investigator_conflict", "investigator_unavailability")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " x join investigator i on i.id = "
                    + "x.investigator_id where i.account_id = ?", Integer.class, investigator)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select reason from investigator_status_change c join investigator i "
                + "on i.id = c.investigator_id where i.account_id = ? order by c.id desc limit 1", String.class,
                investigator)).isEqualTo("Account erased at the person's request");
    }

    @Test
    void onlyAnotherAdministratorErasesAndOnlyOnce() {
        signedIn.as(moderator.accountId());
        assertThatThrownBy(() -> erasure.erase(new AccountRef(member.accountId(), version(member)),
                ErasureChoice.KEEP_WITHOUT_NAME)).isInstanceOf(AccessDeniedException.class);

        signedIn.as(administrator.accountId());
        assertThatThrownBy(() -> erasure.erase(new AccountRef(administrator.accountId(), version(administrator)),
                ErasureChoice.KEEP_WITHOUT_NAME)).isInstanceOf(ErasureRefusedException.class)
                .hasMessage("You cannot erase your own account: ask another administrator.");
        erasure.erase(new AccountRef(member.accountId(), version(member)), ErasureChoice.KEEP_WITHOUT_NAME);
        assertThatThrownBy(() -> erasure.erase(new AccountRef(member.accountId(), version(member)),
                ErasureChoice.KEEP_WITHOUT_NAME)).isInstanceOf(ErasureRefusedException.class)
                .hasMessage("This account has already been erased.");
        assertThat(accountRepository.findById(administrator.accountId()).orElseThrow().isActive()).isTrue();
    }

    /** Rows anywhere that still hold the person's name or email address, outside the audit trail's ids. */
    private int rowsNaming(TestAccounts.Credentials person) {
        return jdbc.queryForObject("""
                select (select count(*) from account where email = ? or display_name = ?)
                     + (select count(*) from membership_request where email = ? or full_name = ?)
                     + (select count(*) from investigator where contact_email = ? or display_name = ?)
                     + (select count(*) from audit_event where detail like concat('%', ?, '%')
                                                           or detail like concat('%', ?, '%'))""", Integer.class,
                person.email(), person.displayName(), person.email(), person.displayName(), person.email(),
                person.displayName(), person.email(), person.displayName());
    }

    private String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    private long version(TestAccounts.Credentials account) {
        return version(account.accountId());
    }

    private long version(long accountId) {
        return accountRepository.findById(accountId).orElseThrow().getVersion();
    }
}
