package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * Token buckets by key (a client, an account), all with one limit: {@code capacity} goes per {@code window}, given
 * back gradually. They live in a {@link BucketStore} (the database, shared by all nodes), in a space named after
 * the throttle and its limit, so that a changed limit starts afresh instead of meeting buckets made for another.
 */
public final class KeyedBuckets {

    private final BucketStore store;
    private final String space;
    private final BucketConfiguration configuration;

    public KeyedBuckets(BucketStore store, String name, int capacity, Duration window) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a limit must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window must be positive");
        }
        this.store = store;
        this.space = name + "/" + capacity + "/" + window;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    /** Takes one go for the key; false (and nothing taken) when its window's allowance is used up. */
    public boolean tryTake(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Gives back a go taken for something that did not happen, or did not count (never beyond the allowance). */
    public void giveBack(String key) {
        bucket(key).addTokens(1);
    }

    private Bucket bucket(String key) {
        return store.bucket(space, key, () -> configuration);
    }
}
