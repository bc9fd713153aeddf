package uk.sexualsafety.cop.portal.member;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationItem;
import uk.sexualsafety.cop.db.moderation.ModerationItemRepository;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorCodes;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

/**
 * Erasing an account at the person's request (UK GDPR right to erasure), by an administrator. The row stays with
 * its id and nothing else that identifies them; every sign-in ends at once; what they contributed is withdrawn or
 * kept without their name, as they chose. The audit trail, which never held names, keeps the id (decision 028).
 */
@Service
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class AccountErasure {

    static final String ERASED_INVESTIGATOR = "Former investigator";

    private final AccountRepository accounts;
    private final CaseStudyRepository caseStudies;
    private final ModerationItemRepository items;
    private final ModerationWorkflow workflow;
    private final SecondFactorCodes secondFactors;
    private final SignInSessions signIns;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountErasure(AccountRepository accounts, CaseStudyRepository caseStudies, ModerationItemRepository items,
                   ModerationWorkflow workflow, SecondFactorCodes secondFactors, SignInSessions signIns,
                   AuditTrail audit, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.caseStudies = caseStudies;
        this.items = items;
        this.workflow = workflow;
        this.secondFactors = secondFactors;
        this.signIns = signIns;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return how many sign-ins ended
     * @throws ErasureRefusedException   for one's own account, an erased one, or a party to an open investigation
     * @throws ConcurrentChangeException if the account changed since the administrator saw it
     */
    @Transactional
    public int erase(AccountRef member, ErasureChoice choice) {
        Account account = accounts.lockById(member.id())
                .orElseThrow(() -> new ConcurrentChangeException("This member no longer exists"));
        OptimisticLock.requireVersion(account.getVersion(), member.version(),
                "Someone else changed this member meanwhile: reload and try again");
        if (account.isErased()) {
            throw new ErasureRefusedException("This account has already been erased.");
        }
        if (account.getId() == currentUser.require().accountId()) {
            throw new ErasureRefusedException("You cannot erase your own account: ask another administrator.");
        }
        refuseIfPartyToOpenInvestigation(member.id());
        Instant now = clock.instant();
        if (choice == ErasureChoice.WITHDRAW_CONTRIBUTIONS) {
            withdrawContributions(member.id());
        }
        forgetRecordsAbout(member.id(), account.getEmail(), now);
        secondFactors.remove(member.id());
        account.erase();
        OptimisticLock.guard("Someone else changed this member at the same time", accounts::flush);
        int ended = signIns.endAllExcept(member.id(), null);
        audit.record("ACCOUNT_ERASED", "account", member.id(), choice == ErasureChoice.WITHDRAW_CONTRIBUTIONS
                ? "contributions withdrawn" : "contributions kept without a name");
        return ended;
    }

    /**
     * An investigation under way needs the people in it: an investigator with an offer to answer or a case open,
     * or the requester of a request not yet closed or cancelled.
     */
    private void refuseIfPartyToOpenInvestigation(long accountId) {
        int offers = count("""
                select count(*) from investigation_offer o join investigator i on i.id = o.investigator_id
                where i.account_id = ? and o.status = 'PENDING'""", accountId);
        int cases = count("""
                select count(*) from investigation_assignment a join investigator i on i.id = a.investigator_id
                where i.account_id = ? and a.closed_at is null and a.withdrawn_at is null""", accountId);
        int requests = count("""
                select count(*) from investigation_request
                where requested_by = ? and status in ('OPEN', 'OFFERED', 'ALLOCATED', 'IN_PROGRESS')""", accountId);
        List<String> parts = new ArrayList<>();
        if (offers > 0) {
            parts.add(plural(offers, "offer of an investigation waiting for their answer",
                    "offers of investigations waiting for their answer"));
        }
        if (cases > 0) {
            parts.add(plural(cases, "open case they are investigating", "open cases they are investigating"));
        }
        if (requests > 0) {
            parts.add(plural(requests, "investigation request they filed that is still open",
                    "investigation requests they filed that are still open"));
        }
        if (!parts.isEmpty()) {
            throw new ErasureRefusedException("This member is party to an open investigation ("
                    + String.join("; ", parts) + "). Close or reassign it first, then erase the account.");
        }
    }

    /** Each contribution withdrawn as its author would, through moderation; drafts never sent are deleted. */
    private void withdrawContributions(long accountId) {
        Actor author = Actor.account(accountId);
        for (ModerationItem item : items.findNotWithdrawnByContributor(accountId)) {
            workflow.perform(item.getId(), ModerationAction.WITHDRAW, Decision.NONE, author, item.getVersion());
        }
        for (CaseStudy study : caseStudies.findByAuthorAccountIdOrderByUpdatedAtDesc(accountId)) {
            if (study.getStatus() == CaseStudyStatus.DRAFT) {
                study.prepareDeletion();
                caseStudies.flush();
                caseStudies.delete(study);
                caseStudies.flush();
            }
        }
    }

    /**
     * What identifies the person outside the account row: their requests to join, their investigator profile and
     * its private details, links emailed to them, their reading choices and trust as a commenter.
     */
    private void forgetRecordsAbout(long accountId, String email, Instant now) {
        String placeholder = Account.erasedEmail(accountId);
        jdbc.update("""
                update membership_request set full_name = ?, email = ?, job_title = '', reason = null,
                       password_hash = null, decision_note = null, version = version + 1
                where email = ?""", Account.ERASED_NAME, placeholder, email);
        jdbc.update("delete from email_link where account_id = ?", accountId);
        jdbc.update("delete from reading_preferences where account_id = ?", accountId);
        jdbc.update("delete from comment_post_moderation where account_id = ?", accountId);
        Timestamp at = Timestamp.from(now);
        Long changedBy = currentUser.require().accountId();
        jdbc.update("""
                insert into investigator_status_change (investigator_id, from_status, to_status, reason, changed_by,
                                                        changed_at)
                select id, status, 'RETIRED', 'Account erased at the person''s request', ?, ?
                from investigator where account_id = ? and status <> 'RETIRED'""", changedBy, at, accountId);
        jdbc.update("""
                update investigator set display_name = ?, contact_email = ?, contact_phone = null,
                       status = 'RETIRED', updated_at = ?, version = version + 1
                where account_id = ?""", ERASED_INVESTIGATOR, placeholder, at, accountId);
        for (String table : List.of("investigator_accreditation", "investigator_unavailability",
                "investigator_employment", "investigator_conflict")) {
            jdbc.update("delete from " + table + " where investigator_id in "
                    + "(select id from investigator where account_id = ?)", accountId);
        }
    }

    private int count(String sql, long accountId) {
        Integer found = jdbc.queryForObject(sql, Integer.class, accountId);
        return found == null ? 0 : found;
    }

    private static String plural(int count, String one, String many) {
        return count == 1 ? "1 " + one : count + " " + many;
    }
}
