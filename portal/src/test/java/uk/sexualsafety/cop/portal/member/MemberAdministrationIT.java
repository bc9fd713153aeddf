package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class MemberAdministrationIT {

    @Autowired
    SignedIn signedIn;

    @Autowired
    MemberAdministration administration;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    SignInSessions signIns;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    TestAccounts accounts;

    TestAccounts.Credentials administrator;
    TestAccounts.Credentials member;

    @BeforeEach
    void signInAsAdministrator() {
        administrator = accounts.create(Role.ADMINISTRATOR);
        member = accounts.create(Role.MEMBER);
        signedIn.as(administrator.accountId());
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anAdministratorSeesEveryMemberWithTheirRolesAndStatus() {
        assertThat(administration.members()).filteredOn(summary -> summary.id() == member.accountId())
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.displayName()).isEqualTo(member.displayName());
                    assertThat(summary.email()).isEqualTo(member.email());
                    assertThat(summary.organisationName()).isEqualTo("London Ambulance Service NHS Trust");
                    assertThat(summary.roles()).containsExactly(Role.MEMBER);
                    assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
                });
    }

    @Test
    void anAdministratorChangesAMembersRolesAndTheChangeIsAudited() {
        MemberSummary changed = administration.changeRoles(new AccountRef(member.accountId(), version(member)),
                Set.of(Role.MEMBER, Role.MODERATOR));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.MODERATOR);
        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.MODERATOR);
        assertThat(users.activeUser(member.accountId()).orElseThrow().hasRole(Role.MODERATOR))
                .as("the member's next request carries the new role").isTrue();
        assertThat(auditOf(member)).extracting(AuditEvent::getAction, AuditEvent::getActorId, AuditEvent::getDetail)
                .containsExactly(tuple("ROLES_CHANGED", administrator.accountId(), "MEMBER,MODERATOR"));
    }

    @Test
    void aMemberKeepsAtLeastOneRoleAndStaleChangesAreRefused() {
        long seen = version(member);

        assertThatThrownBy(() -> administration.changeRoles(new AccountRef(member.accountId(), seen), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("roles", "Give the member at least one role"));
        administration.changeRoles(new AccountRef(member.accountId(), seen), Set.of(Role.MEMBER, Role.CONTRIBUTOR));
        assertThatThrownBy(() -> administration.changeRoles(new AccountRef(member.accountId(), seen),
                Set.of(Role.MEMBER)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.MEMBER, Role.CONTRIBUTOR);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleOrSuspendThemselves() {
        assertThatThrownBy(() -> administration.changeRoles(new AccountRef(administrator.accountId(),
                version(administrator)), Set.of(Role.MEMBER)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("roles", "You cannot remove your own administrator role"));
        assertThatThrownBy(() -> administration.setSuspended(new AccountRef(administrator.accountId(),
                version(administrator)), true))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("status", "You cannot suspend your own account"));
        assertThat(accountRepository.findById(administrator.accountId()).orElseThrow().getRoles())
                .containsExactly(Role.ADMINISTRATOR);
        assertThat(auditOf(administrator)).isEmpty();
    }

    @Test
    void endingAMembersSessionsSignsThemOutEverywhereAndLeavesOthersAlone() {
        signIns.start(member.accountId(), "Chrome on Linux");
        signIns.start(member.accountId(), "Safari on iOS");
        String someoneElses = signIns.start(administrator.accountId(), "Firefox on Windows").id();

        int ended = administration.endSessions(member.accountId());

        assertThat(ended).isEqualTo(2);
        assertThat(signIns.listFor(member.accountId())).isEmpty();
        assertThat(signIns.find(someoneElses, true)).isPresent();
        assertThat(auditOf(member)).extracting(AuditEvent::getAction, AuditEvent::getDetail)
                .containsExactly(tuple("SESSIONS_ENDED", "2 sign-ins"));
        signIns.end(someoneElses);
    }

    @Test
    void aSuspendedMemberIsSignedOutAndCannotSignInUntilReinstated() {
        signIns.start(member.accountId(), "Chrome on Linux");

        MemberSummary suspended = administration.setSuspended(new AccountRef(member.accountId(), version(member)),
                true);

        assertThat(suspended.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(signIns.listFor(member.accountId())).isEmpty();
        assertThat(users.activeUser(member.accountId())).isEmpty();
        assertThat(users.loadUserByUsername(member.email()).isEnabled()).isFalse();

        MemberSummary reinstated = administration.setSuspended(new AccountRef(member.accountId(), suspended.version()),
                false);

        assertThat(reinstated.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.activeUser(member.accountId())).isPresent();
        assertThat(auditOf(member)).extracting(AuditEvent::getAction)
                .containsExactlyInAnyOrder("ACCOUNT_SUSPENDED", "ACCOUNT_REINSTATED");
    }

    @Test
    void peopleWhoAreNotAdministratorsCannotManageMembers() {
        signIns.start(member.accountId(), "Chrome on Linux");
        signedIn.as(accounts.create(Role.MEMBER, Role.MODERATOR, Role.POOL_COORDINATOR).accountId());

        assertThatThrownBy(() -> administration.members()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRoles(new AccountRef(member.accountId(), 0),
                Set.of(Role.ADMINISTRATOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.endSessions(member.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setSuspended(new AccountRef(member.accountId(), 0), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signIns.listFor(member.accountId())).hasSize(1);
        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getRoles())
                .containsExactly(Role.MEMBER);
    }

    private long version(TestAccounts.Credentials account) {
        return accountRepository.findById(account.accountId()).orElseThrow().getVersion();
    }

    private List<AuditEvent> auditOf(TestAccounts.Credentials account) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(account.accountId()));
    }
}
