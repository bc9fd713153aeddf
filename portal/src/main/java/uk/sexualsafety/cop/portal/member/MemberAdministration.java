package uk.sexualsafety.cop.portal.member;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

/** Administrators' work on members: roles, suspension and ending their sign-ins. Every change is audited. */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class MemberAdministration {

    /** The fields a refused change of roles or status is reported against. */
    public static final String ROLES = "roles";
    public static final String STATUS = "status";

    private final AccountRepository accounts;
    private final SignInSessions signIns;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    MemberAdministration(AccountRepository accounts, SignInSessions signIns, AuditTrail audit,
                         CurrentUser currentUser) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<MemberSummary> members() {
        return accounts.findAllByOrderByDisplayName().stream().map(MemberAdministration::summary).toList();
    }

    @Transactional
    public MemberSummary changeRoles(AccountRef member, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of(ROLES, "Give the member at least one role");
        }
        Account account = account(member.id(), member.version());
        if (account.getId() == currentUser.require().accountId() && !roles.contains(Role.ADMINISTRATOR)) {
            throw InvalidInputException.of(ROLES, "You cannot remove your own administrator role");
        }
        account.setRoles(EnumSet.copyOf(roles));
        flush();
        audit.record("ROLES_CHANGED", "account", member.id(),
                roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        return summary(account);
    }

    /** Ends every sign-in of the member: they are signed out at their next click, on any node. */
    @Transactional
    public int endSessions(long accountId) {
        if (!accounts.existsById(accountId)) {
            throw new ConcurrentChangeException("This member no longer exists");
        }
        int ended = signIns.endAllExcept(accountId, null);
        audit.record("SESSIONS_ENDED", "account", accountId, ended + " sign-ins");
        return ended;
    }

    @Transactional
    public MemberSummary setSuspended(AccountRef member, boolean suspended) {
        Account account = account(member.id(), member.version());
        if (account.getId() == currentUser.require().accountId()) {
            throw InvalidInputException.of(STATUS, "You cannot suspend your own account");
        }
        account.setStatus(suspended ? AccountStatus.SUSPENDED : AccountStatus.ACTIVE);
        flush();
        if (suspended) {
            signIns.endAllExcept(member.id(), null);
        }
        audit.record(suspended ? "ACCOUNT_SUSPENDED" : "ACCOUNT_REINSTATED", "account", member.id(), null);
        return summary(account);
    }

    private Account account(long accountId, long expectedVersion) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ConcurrentChangeException("This member no longer exists"));
        OptimisticLock.requireVersion(account.getVersion(), expectedVersion,
                "Someone else changed this member meanwhile: reload and try again");
        return account;
    }

    private void flush() {
        OptimisticLock.guard("Someone else changed this member at the same time", accounts::flush);
    }

    private static MemberSummary summary(Account account) {
        return new MemberSummary(account.getId(), account.getDisplayName(), account.getEmail(),
                account.getOrganisation() == null ? "" : account.getOrganisation().getName(), account.getRoles(),
                account.getStatus(), account.getVersion());
    }
}
