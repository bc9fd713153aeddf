package uk.sexualsafety.cop.portal.password;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.EmailLink;
import uk.sexualsafety.cop.db.member.EmailLinkPurpose;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.emaillink.EmailLinks;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.notification.BackgroundMail;
import uk.sexualsafety.cop.portal.notification.NotificationProperties;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.throttle.BucketStore;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle;
import uk.sexualsafety.cop.portal.throttle.KeyedBuckets;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * "Forgot your password": a link by email, then a new password chosen through it (decision 030). The request answers
 * the same for every address, whether or not it has an account; the link works once, for 30 minutes; a second
 * request within a minute sends no second email. A new password ends every sign-in of the account at once.
 */
@Service
public class PasswordReset {

    /** The one field of the request for a reset link. */
    public static final String EMAIL = "email";

    /** Where "Forgot your password" is. */
    public static final String FORGOT_PATH = "password/forgot";

    /** A second request sooner than this sends nothing more: one email, not two. */
    static final Duration ONE_EMAIL_PER = Duration.ofMinutes(1);
    static final String THROTTLED = "You have asked for several links in a short time. For your security, please "
            + "wait a while before asking again, and check your junk folder for the emails already sent.";

    private final AccountRepository accounts;
    private final EmailLinks links;
    private final NewPasswords newPasswords;
    private final SignInSessions signIns;
    private final BackgroundMail mail;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final NotificationProperties notification;
    private final PasswordProperties properties;
    private final ClientThrottle clientThrottle;
    private final KeyedBuckets addressThrottle;

    PasswordReset(AccountRepository accounts, EmailLinks links, NewPasswords newPasswords, SignInSessions signIns,
                  BackgroundMail mail, AuditTrail audit, TransactionTemplate transaction,
                  NotificationProperties notification, PasswordProperties properties, BucketStore buckets,
                  Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.newPasswords = newPasswords;
        this.signIns = signIns;
        this.mail = mail;
        this.audit = audit;
        this.transaction = transaction;
        this.notification = notification;
        this.properties = properties;
        this.clientThrottle = new ClientThrottle(buckets, "password-reset-requests",
                properties.resetRequestsPerClient(), properties.resetRequestsForEveryone(), properties.throttleWindow(),
                clock);
        // Keyed by the email address rather than a client: protects a mailbox from being flooded.
        this.addressThrottle = new KeyedBuckets(buckets, "password-reset-addresses",
                properties.resetRequestsPerAddress(), properties.throttleWindow());
    }

    /**
     * Emails a link to choose a new password when an active account has this address; otherwise does nothing. It
     * returns the same way for every address: only a malformed address, or too many requests from this client,
     * get an answer of their own.
     */
    public void requestLink(String email, String clientAddress) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of(EMAIL, "Enter your email address");
        }
        if (email.strip().length() > 254 || !email.contains("@")) {
            throw InvalidInputException.of(EMAIL, "Enter an email address in the correct format, like name@nhs.net");
        }
        if (!clientThrottle.tryAcquire(clientAddress)) {
            throw new TooManyAttemptsException(THROTTLED);
        }
        String address = Account.normaliseEmail(email);
        if (!addressThrottle.tryTake(address)) {
            return;
        }
        transaction.executeWithoutResult(status -> accounts.lockByEmail(address)
                .filter(Account::isActive)
                .ifPresent(account -> newLinkUnlessJustSent(account.getId()).ifPresent(link ->
                        mail.sendAfterCommit(account.getEmail(), PasswordEmails.RESET_SUBJECT,
                                PasswordEmails.reset(link, properties.resetLinkValidity().toMinutes())))));
    }

    /**
     * A new link to choose the account's password, or empty when one was sent less than a minute ago. In the
     * caller's transaction, which should hold the account's row locked so that requests at once take turns.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> newLinkUnlessJustSent(long accountId) {
        if (links.resetSentWithin(accountId, ONE_EMAIL_PER)) {
            return Optional.empty();
        }
        return Optional.of(links.toResetPassword(accountId, properties.resetLinkValidity()));
    }

    /** How long a link works, in minutes, as the pages say it. */
    public long linkValidMinutes() {
        return properties.resetLinkValidity().toMinutes();
    }

    /** The address of the account a link is for, to show on its page; empty when the link no longer works. */
    @Transactional(readOnly = true)
    public Optional<String> accountFor(String token) {
        return activeAccount(token).map(Account::getEmail);
    }

    /**
     * Sets the password chosen through the link, which stops working, as do any other links to reset it; every
     * sign-in of the account ends. Throws {@link InvalidInputException} for a password that may not be used and
     * {@link LinkNoLongerWorksException} for a link that has expired or was used meanwhile: then nothing changes.
     */
    public void reset(String token, NewPassword chosen) {
        Account account = transaction.execute(status -> activeAccount(token))
                .orElseThrow(LinkNoLongerWorksException::new);
        String hash = newPasswords.hash(chosen, List.of(account.getDisplayName(), account.getEmail()));
        transaction.executeWithoutResult(status -> {
            EmailLink link = links.use(EmailLinkPurpose.RESET_PASSWORD, token)
                    .orElseThrow(LinkNoLongerWorksException::new);
            Account locked = accounts.lockById(link.getAccountId()).filter(Account::isActive)
                    .orElseThrow(LinkNoLongerWorksException::new);
            locked.changePassword(hash);
            links.cancelResets(locked.getId());
            signIns.endAllExcept(locked.getId(), null);
            audit.record("PASSWORD_RESET", "account", locked.getId(), null);
            mail.sendAfterCommit(locked.getEmail(), PasswordEmails.CHANGED_SUBJECT, changedEmail());
        });
    }

    String changedEmail() {
        return PasswordEmails.changed(notification.baseUrl() + "/login",
                notification.baseUrl() + "/" + FORGOT_PATH);
    }

    private Optional<Account> activeAccount(String token) {
        return links.find(EmailLinkPurpose.RESET_PASSWORD, token)
                .flatMap(link -> accounts.findById(link.getAccountId()))
                .filter(Account::isActive);
    }
}
