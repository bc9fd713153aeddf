package uk.sexualsafety.cop.portal.throttle;

import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A budget shared by everyone: {@code capacity} goes per fixed window. Windows start at whole multiples of the window
 * since the epoch (for ten minutes: on the hour, ten past, twenty past...), so that a pause ends at a time that can
 * be told to people, and the budget comes back whole when it does. A second bucket, of one go per window, tells the
 * first refusal of each window from the rest, so that someone can be told once per window.
 */
final class SharedBudget {

    private final long windowMillis;
    private final InstantSource time;
    private final Bucket budget;
    private final Bucket firstRefusal;

    SharedBudget(int capacity, Duration window, InstantSource time) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a limit must be at least 1");
        }
        this.windowMillis = window.toMillis();
        if (windowMillis < 1) {
            throw new IllegalArgumentException("a window must be positive");
        }
        this.time = time;
        this.budget = fixedWindows(capacity, window);
        this.firstRefusal = fixedWindows(1, window);
    }

    private Bucket fixedWindows(int capacity, Duration window) {
        Instant firstRefill = windowEnd();
        return Bucket.builder().withCustomTimePrecision(KeyedBuckets.timeMeter(time))
                .addLimit(limit -> limit.capacity(capacity).refillIntervallyAligned(capacity, window, firstRefill))
                .build();
    }

    boolean tryTake() {
        return budget.tryConsume(1);
    }

    void giveBack() {
        budget.addTokens(1);
    }

    /** When the current window ends and the budget is whole again. */
    Instant windowEnd() {
        long now = time.millis();
        return Instant.ofEpochMilli(Math.floorDiv(now, windowMillis) * windowMillis + windowMillis);
    }

    /** True once per window: for the first refusal in it. */
    boolean firstRefusalOfWindow() {
        return firstRefusal.tryConsume(1);
    }
}
