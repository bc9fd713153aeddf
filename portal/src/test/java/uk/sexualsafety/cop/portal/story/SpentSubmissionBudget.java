package uk.sexualsafety.cop.portal.story;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/**
 * Everyone's allowance of anonymous stories, spent for the current window by made-up clients (an IPv6 /64 each, in
 * the documentation prefix) through the portal's own throttle, without saving anything; closing gives it all back,
 * so that tests sharing the Spring context can send stories again. Should the window end sooner than the test needs
 * the pause, it waits for the next window and spends that one.
 *
 * <p>Everyone's allowance, and its mark of the window's first refusal, live in the database for the whole test run
 * (decision 038): it starts from a window of its own, as when each Spring context counted in its own memory, so that
 * the first refusal is this test's whatever another test spent earlier in the same ten minutes.
 */
public final class SpentSubmissionBudget implements AutoCloseable {

    private final StoryThrottles throttles;
    private final String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
    private final List<String> clients = new ArrayList<>();
    private Instant resumesAt;

    private SpentSubmissionBudget(StoryThrottles throttles) {
        this.throttles = throttles;
    }

    /** Spends the allowance so that anonymous stories stay paused for at least {@code atLeast}. */
    public static SpentSubmissionBudget spend(StoryThrottles throttles, JdbcTemplate jdbc, Duration atLeast) {
        jdbc.update("delete from throttle_bucket where id like 'anonymous-stories-everyone/%'");
        SpentSubmissionBudget spent = new SpentSubmissionBudget(throttles);
        Instant until = spent.spendUntilRefused();
        if (until.isBefore(Instant.now().plus(atLeast))) {
            await("the next window of anonymous stories").atMost(atLeast.plusMinutes(1))
                    .pollInterval(Duration.ofMillis(250)).until(() -> spent.takeOne().isEmpty());
            until = spent.spendUntilRefused();
        }
        spent.resumesAt = until;
        return spent;
    }

    /** When anonymous stories may be sent again (had nobody given the allowance back). */
    public Instant resumesAt() {
        return resumesAt;
    }

    @Override
    public void close() {
        clients.forEach(throttles::giveBackAnonymousSubmission);
    }

    private Instant spendUntilRefused() {
        Optional<Instant> refusedUntil = takeOne();
        while (refusedUntil.isEmpty()) {
            refusedUntil = takeOne();
        }
        return refusedUntil.get();
    }

    /** Takes one go for a new client: nothing when it was taken, otherwise until when everyone is refused. */
    private Optional<Instant> takeOne() {
        String client = network + ":" + Integer.toHexString(clients.size()) + "::1";
        try {
            throttles.takeAnonymousSubmission(client);
        } catch (SubmissionsPausedException paused) {
            return Optional.of(paused.resumesAt());
        }
        clients.add(client);
        return Optional.empty();
    }
}
