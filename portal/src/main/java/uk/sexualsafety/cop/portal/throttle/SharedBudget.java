package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A budget shared by everyone: {@code capacity} goes per fixed window. Windows start at whole multiples of the window
 * since the epoch (for ten minutes: on the hour, ten past, twenty past...), so that a pause ends at a time that can
 * be told to people, and the budget comes back whole when it does. A second bucket, of one go per window, tells the
 * first refusal of each window from the rest, so that someone can be told once per window (once for all nodes: both
 * live in the {@link BucketStore}).
 */
final class SharedBudget {

    private final long windowMillis;
    private final Duration window;
    private final InstantSource time;
    private final BucketStore store;
    private final String space;
    private final int capacity;

    SharedBudget(BucketStore store, String name, int capacity, Duration window, InstantSource time) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a limit must be at least 1");
        }
        this.windowMillis = window.toMillis();
        if (windowMillis < 1) {
            throw new IllegalArgumentException("a window must be positive");
        }
        this.window = window;
        this.time = time;
        this.store = store;
        this.space = name + "/" + capacity + "/" + window;
        this.capacity = capacity;
    }

    private Bucket fixedWindows(String key, int goes) {
        return store.bucket(space, key, () -> {
            Instant firstRefill = windowEnd();
            return BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(goes).refillIntervallyAligned(goes, window, firstRefill))
                    .build();
        });
    }

    boolean tryTake() {
        return fixedWindows("budget", capacity).tryConsume(1);
    }

    void giveBack() {
        fixedWindows("budget", capacity).addTokens(1);
    }

    /** When the current window ends and the budget is whole again. */
    Instant windowEnd() {
        long now = time.millis();
        return Instant.ofEpochMilli(Math.floorDiv(now, windowMillis) * windowMillis + windowMillis);
    }

    /** True once per window: for the first refusal in it. */
    boolean firstRefusalOfWindow() {
        return fixedWindows("first-refusal", 1).tryConsume(1);
    }
}
