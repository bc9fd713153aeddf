package uk.sexualsafety.cop.portal.database;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A call that may wait on the database, answered within a time limit or not at all: for health checks, which a load
 * balancer's probe must get an answer from while the database gives none. The call runs on a virtual thread of its
 * own; while one is still running, later callers wait on it rather than start another, so a database that does not
 * answer cannot pile up threads.
 */
public final class BoundedCall<T> {

    private final Supplier<T> call;
    private final Duration limit;
    private CompletableFuture<T> running;

    public BoundedCall(Duration limit, Supplier<T> call) {
        this.limit = limit;
        this.call = call;
    }

    /** The call's answer; empty when it failed or had not answered within the limit. */
    public Optional<T> get() {
        try {
            return Optional.ofNullable(current().get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException noAnswer) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public Duration limit() {
        return limit;
    }

    private synchronized CompletableFuture<T> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(call, task -> Thread.ofVirtual().start(task));
        }
        return running;
    }
}
