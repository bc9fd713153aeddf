package uk.sexualsafety.cop.portal.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Limits how often one client, and all clients together, may do something within a window (Bucket4j token
 * buckets). Client addresses are kept only in this node's memory, bounded and expiring, and only as salted hashes:
 * nothing here could be joined to what the client submitted.
 */
public final class ClientThrottle {

    private final int perClient;
    private final Duration window;
    private final Bucket everyone;
    private final Cache<String, Bucket> clients;
    private final byte[] salt = new byte[16];

    public ClientThrottle(int perClient, int forEveryone, Duration window) {
        if (perClient < 1 || forEveryone < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        this.perClient = perClient;
        this.window = Objects.requireNonNull(window);
        this.everyone = bucket(forEveryone, window);
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
        new SecureRandom().nextBytes(salt);
    }

    /** Takes one go for the client; false when the client, or everyone together, has used up the window. */
    public boolean tryAcquire(String clientAddress) {
        Bucket client = clients.get(key(clientAddress), k -> bucket(perClient, window));
        if (!client.tryConsume(1)) {
            return false;
        }
        return everyone.tryConsume(1);
    }

    private static Bucket bucket(int capacity, Duration window) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    private String key(String clientAddress) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(Objects.requireNonNullElse(clientAddress, "unknown").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
