package uk.sexualsafety.cop.portal.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Token buckets by key (a client, an account), all with one limit: {@code capacity} goes per {@code window}, given
 * back gradually. This is where per-key buckets are stored: in this node's memory, at most 100,000 keys, each
 * forgotten after two windows unused (full again by then anyway), so a flood of made-up keys cannot exhaust memory. A
 * cluster-wide store (Bucket4j's JDBC backend) would replace the cache here and nothing else.
 */
public final class KeyedBuckets {

    private final int capacity;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public KeyedBuckets(int capacity, Duration window, InstantSource time) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a limit must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window must be positive");
        }
        this.capacity = capacity;
        this.window = window;
        this.time = timeMeter(time);
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /** Takes one go for the key; false (and nothing taken) when its window's allowance is used up. */
    public boolean tryTake(String key) {
        return buckets.get(key, k -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build()).tryConsume(1);
    }

    /** Gives back a go taken for something that did not happen, or did not count (never beyond the allowance). */
    public void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Bucket4j's view of the given time, so that tests can move it and buckets agree with the portal's clock. */
    static TimeMeter timeMeter(InstantSource time) {
        Objects.requireNonNull(time);
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = time.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
