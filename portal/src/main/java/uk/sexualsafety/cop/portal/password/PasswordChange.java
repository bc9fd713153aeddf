package uk.sexualsafety.cop.portal.password;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.emaillink.EmailLinks;
import uk.sexualsafety.cop.portal.notification.BackgroundMail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.session.YourSessions;
import uk.sexualsafety.cop.portal.throttle.BucketStore;
import uk.sexualsafety.cop.portal.throttle.KeyedBuckets;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in person changes their own password, proving they know the current one. Every other sign-in of the
 * account ends at once; this one stays. Attempts are limited per account, so that a browser left signed in cannot be
 * used to guess the password.
 */
@Service
@PermitAll
public class PasswordChange {

    public static final String CURRENT_PASSWORD = "currentPassword";
    static final String THROTTLED = "You have tried to change your password several times in a short time. For "
            + "your security, please wait a while before trying again.";

    private final AccountRepository accounts;
    private final NewPasswords newPasswords;
    private final EmailLinks links;
    private final YourSessions sessions;
    private final CurrentUser currentUser;
    private final BackgroundMail mail;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final PasswordReset reset;
    private final KeyedBuckets attempts;

    PasswordChange(AccountRepository accounts, NewPasswords newPasswords, EmailLinks links, YourSessions sessions,
                   CurrentUser currentUser, BackgroundMail mail, AuditTrail audit, TransactionTemplate transaction,
                   PasswordReset reset, PasswordProperties properties, BucketStore buckets) {
        this.accounts = accounts;
        this.newPasswords = newPasswords;
        this.links = links;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.mail = mail;
        this.audit = audit;
        this.transaction = transaction;
        this.reset = reset;
        // Keyed by the account: a per-account limit, whatever the client.
        this.attempts = new KeyedBuckets(buckets, "password-changes", properties.changeAttemptsPerAccount(),
                properties.throttleWindow());
    }

    /**
     * Changes the password; returns how many other sign-ins ended. Throws {@link InvalidInputException} naming
     * {@value #CURRENT_PASSWORD}, {@code password} or {@code passwordAgain}, and changes nothing then.
     */
    public int change(String currentPassword, NewPassword chosen) {
        long accountId = currentUser.require().accountId();
        if (!attempts.tryTake(Long.toString(accountId))) {
            throw new TooManyAttemptsException(THROTTLED);
        }
        Account account = transaction.execute(status -> accounts.findById(accountId)).orElseThrow();
        Problems problems = new Problems();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(CURRENT_PASSWORD, "Enter your current password");
        } else if (!newPasswords.matches(currentPassword, account.getPasswordHash())) {
            problems.add(CURRENT_PASSWORD, "This is not your current password");
        }
        List<String> personalWords = List.of(account.getDisplayName(), account.getEmail());
        Optional<String> weak = newPasswords.problem(chosen.password(), personalWords);
        weak.ifPresent(problem -> problems.add(NewPassword.PASSWORD, problem));
        if (weak.isEmpty() && newPasswords.matches(chosen.password(), account.getPasswordHash())) {
            problems.add(NewPassword.PASSWORD, "Choose a password different from your current one");
        }
        if (!problems.has(NewPassword.PASSWORD) && !chosen.password().equals(chosen.passwordAgain())) {
            problems.add(NewPassword.PASSWORD_AGAIN, "The passwords do not match");
        }
        problems.throwIfAny();
        String hash = newPasswords.encode(chosen.password());
        Integer ended = transaction.execute(status -> {
            Account locked = accounts.lockById(accountId).orElseThrow();
            if (!locked.getPasswordHash().equals(account.getPasswordHash())) {
                throw new ConcurrentChangeException("Your password was changed elsewhere meanwhile: sign in again "
                        + "with the new one");
            }
            locked.changePassword(hash);
            links.cancelResets(accountId);
            audit.record("PASSWORD_CHANGED", "account", accountId, null);
            mail.sendAfterCommit(locked.getEmail(), PasswordEmails.CHANGED_SUBJECT, reset.changedEmail());
            return sessions.signOutOthers();
        });
        return ended == null ? 0 : ended;
    }
}
