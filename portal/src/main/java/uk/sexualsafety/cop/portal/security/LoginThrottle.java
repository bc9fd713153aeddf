package uk.sexualsafety.cop.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.member.Account;

import java.time.Duration;

/**
 * Slows down password guessing: each failed sign-in takes a token from the account's bucket and from the client
 * address's bucket; while either is empty, sign-in attempts are refused without checking the password. It treats
 * unknown and known email addresses alike, so it says nothing about which accounts exist. Buckets live in this
 * node's memory (bounded); a cluster-wide limit would move them to Bucket4j's JDBC backend.
 */
@Component
public class LoginThrottle {

    private final SignInProperties properties;
    private final Cache<String, Bucket> accountBuckets;
    private final Cache<String, Bucket> addressBuckets;

    LoginThrottle(SignInProperties properties) {
        this.properties = properties;
        this.accountBuckets = newCache(properties.failureWindow());
        this.addressBuckets = newCache(properties.failureWindow());
    }

    private static Cache<String, Bucket> newCache(Duration window) {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    public boolean isBlocked(String email, String address) {
        Bucket byAccount = email == null ? null : accountBuckets.getIfPresent(key(email));
        Bucket byAddress = address == null ? null : addressBuckets.getIfPresent(address);
        return (byAccount != null && byAccount.getAvailableTokens() <= 0)
                || (byAddress != null && byAddress.getAvailableTokens() <= 0);
    }

    public void recordFailure(String email, String address) {
        if (email != null) {
            accountBuckets.get(key(email), k -> bucket(properties.failuresPerAccount())).tryConsume(1);
        }
        if (address != null) {
            addressBuckets.get(address, k -> bucket(properties.failuresPerAddress())).tryConsume(1);
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        recordFailure(event.getAuthentication().getName(), address);
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, properties.failureWindow()))
                .build();
    }

    private static String key(String email) {
        return Account.normaliseEmail(email);
    }
}
