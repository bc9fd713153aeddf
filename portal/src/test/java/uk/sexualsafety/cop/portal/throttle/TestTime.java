package uk.sexualsafety.cop.portal.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Time that stands still until a test moves it on, for throttles' windows without waiting. */
public final class TestTime implements InstantSource {

    private volatile Instant now;

    public TestTime(String start) {
        this.now = Instant.parse(start);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    public void setTo(String instant) {
        now = Instant.parse(instant);
    }
}
