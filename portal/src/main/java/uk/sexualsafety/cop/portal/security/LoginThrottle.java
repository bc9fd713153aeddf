package uk.sexualsafety.cop.portal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.portal.throttle.BucketStore;
import uk.sexualsafety.cop.portal.throttle.ClientKey;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle;
import uk.sexualsafety.cop.portal.throttle.KeyedBuckets;

/**
 * Slows down password guessing, per account and per client (an IPv4 address, or an IPv6 /64). Each attempt is
 * counted before its password is checked, so attempts sent at once cannot all slip past the limit while the first
 * are still being checked: at most the allowance is ever checked. A successful sign-in gives its attempt back, so
 * only failures add up. While either allowance is spent, attempts are refused without checking the password. Unknown
 * and known email addresses are treated alike, so it says nothing about which accounts exist. The counts live in the
 * database ({@link BucketStore}), so the limits hold for all nodes together.
 */
@Component
public class LoginThrottle {

    private final KeyedBuckets accounts;
    private final ClientThrottle clients;
    private final KeyedBuckets recordedRefusals;

    LoginThrottle(SignInProperties properties, BucketStore buckets) {
        this.accounts = new KeyedBuckets(buckets, "sign-in-accounts", properties.failuresPerAccount(),
                properties.failureWindow());
        this.clients = new ClientThrottle(buckets, "sign-in", properties.failuresPerAddress(),
                properties.failureWindow());
        this.recordedRefusals = new KeyedBuckets(buckets, "sign-in-refusals-recorded", 1,
                properties.failureWindow());
    }

    /**
     * Counts one sign-in attempt for the email address (when given) and the client: true, and one go taken from
     * each, when both may try now; false, and nothing taken, when either has used up its allowance.
     */
    public boolean tryAttempt(String email, String clientAddress) {
        String account = email == null ? null : Account.normaliseEmail(email);
        if (account != null && !accounts.tryTake(account)) {
            return false;
        }
        if (!clients.tryAcquire(clientAddress)) {
            if (account != null) {
                accounts.giveBack(account);
            }
            return false;
        }
        return true;
    }

    /**
     * Whether this refused attempt is the first of its window for the account typed and the client together: only
     * that one is worth a row on the audit trail, as the rest say nothing new and could be sent by the thousand.
     */
    public boolean firstRefusalInWindow(String email, String clientAddress) {
        String account = email == null ? "" : Account.normaliseEmail(email);
        return recordedRefusals.tryTake(account + " from " + ClientKey.of(clientAddress));
    }

    /** Gives back an attempt that succeeded: it is not a guess. */
    public void succeeded(String email, String clientAddress) {
        if (email != null) {
            accounts.giveBack(Account.normaliseEmail(email));
        }
        clients.giveBack(clientAddress);
    }

    /**
     * A password sign-in was right: if it is the form post that {@link LoginThrottleFilter} counted in this request,
     * its attempt is given back, once. Nothing else (another way of signing in, a password checked elsewhere) can
     * give back what it did not take.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getRequest().getAttribute(CountedAttempt.ATTRIBUTE) instanceof CountedAttempt attempt) {
            current.getRequest().removeAttribute(CountedAttempt.ATTRIBUTE);
            succeeded(attempt.email(), attempt.clientAddress());
        }
    }

    /** The attempt counted for a sign-in form post, kept on its request until the password has been checked. */
    record CountedAttempt(String email, String clientAddress) {

        static final String ATTRIBUTE = CountedAttempt.class.getName();
    }
}
