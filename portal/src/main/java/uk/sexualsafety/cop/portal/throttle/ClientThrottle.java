package uk.sexualsafety.cop.portal.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Limits how often one client may do something within a window and, where a limit for everyone together is given,
 * how often all clients together may. A client is a {@link ClientKey}: one IPv4 address, or one IPv6 /64. The counts
 * live in a {@link BucketStore} shared by all nodes, which keeps client keys only as keyed hashes.
 *
 * <p>A limit for everyone is a lever an attacker can pull to refuse everybody else, so it belongs only in front of
 * something that must be protected as a whole (the moderators' queue), and whoever keeps it must be told when it
 * bites: {@link Verdict.EveryoneLimited#firstInWindow()} is true once per window for that purpose.
 */
public final class ClientThrottle {

    /** The answer to one attempt. */
    public sealed interface Verdict {

        Verdict ALLOWED = new Allowed();
        Verdict CLIENT_LIMITED = new ClientLimited();

        /** Go ahead: one go has been taken. */
        record Allowed() implements Verdict {
        }

        /** This client has used up its allowance for now. */
        record ClientLimited() implements Verdict {
        }

        /**
         * Everyone together has used up the window's allowance, until {@code resumesAt}; {@code firstInWindow} for the
         * first such refusal of the window only.
         */
        record EveryoneLimited(Instant resumesAt, boolean firstInWindow) implements Verdict {
        }
    }

    private final KeyedBuckets clients;
    private final SharedBudget everyone;

    /** A limit per client only; {@code name} tells this throttle's counts from others' in the store. */
    public ClientThrottle(BucketStore store, String name, int perClient, Duration window) {
        this(new KeyedBuckets(store, name + "-clients", perClient, window), null);
    }

    /** A limit per client and one for everyone together, per fixed window ({@code forEveryone} per window). */
    public ClientThrottle(BucketStore store, String name, int perClient, int forEveryone, Duration window,
                          InstantSource time) {
        this(new KeyedBuckets(store, name + "-clients", perClient, window),
                new SharedBudget(store, name + "-everyone", forEveryone, window, time));
    }

    private ClientThrottle(KeyedBuckets clients, SharedBudget everyone) {
        this.clients = clients;
        this.everyone = everyone;
    }

    /**
     * Takes one go for the client, and one from everyone's budget if there is one. A client refused because
     * everyone's budget is spent keeps its own go.
     */
    public Verdict acquire(String clientAddress) {
        String client = key(clientAddress);
        if (!clients.tryTake(client)) {
            return Verdict.CLIENT_LIMITED;
        }
        if (everyone == null || everyone.tryTake()) {
            return Verdict.ALLOWED;
        }
        clients.giveBack(client);
        return new Verdict.EveryoneLimited(everyone.windowEnd(), everyone.firstRefusalOfWindow());
    }

    /** Takes one go for the client; false when it, or everyone together, has used up the window. */
    public boolean tryAcquire(String clientAddress) {
        return acquire(clientAddress) instanceof Verdict.Allowed;
    }

    /** Gives back a go taken for something that did not happen (never beyond the allowance). */
    public void giveBack(String clientAddress) {
        clients.giveBack(key(clientAddress));
        if (everyone != null) {
            everyone.giveBack();
        }
    }

    private static String key(String clientAddress) {
        return ClientKey.of(clientAddress);
    }
}
