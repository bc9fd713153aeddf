package uk.sexualsafety.cop.portal.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on, for throttles' windows without waiting. */
public final class TestTime extends Clock {

    private volatile Instant now;

    public TestTime(String start) {
        this.now = Instant.parse(start);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("throttles work in instants");
    }

    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    public void setTo(String instant) {
        now = Instant.parse(instant);
    }
}
