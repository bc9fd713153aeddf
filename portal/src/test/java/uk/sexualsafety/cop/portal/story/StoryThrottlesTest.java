package uk.sexualsafety.cop.portal.story;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.moderation.SubmissionsPaused;
import uk.sexualsafety.cop.portal.throttle.MemoryBucketStore;
import uk.sexualsafety.cop.portal.throttle.TestTime;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryThrottlesTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final TestTime time = new TestTime("2026-07-01T12:03:20Z");
    private final MemoryBucketStore store = new MemoryBucketStore(time);
    private final List<Object> events = new ArrayList<>();
    private final StoryThrottles throttles = new StoryThrottles(
            new StoryProperties(null, null, 5, 3, 10, TEN_MINUTES), events::add, store, time);

    @Test
    void codesHaveALimitPerClientButNoneForEveryone() {
        IntStream.range(0, 200).forEach(client -> IntStream.range(0, 10)
                .forEach(attempt -> throttles.takeCodeAttempt("2001:db8:" + client + "::1")));

        assertThatThrownBy(() -> throttles.takeCodeAttempt("2001:db8:7::99"))
                .isInstanceOf(TooManyAttemptsException.class).hasMessageContaining("from this connection");
        assertThatCode(() -> throttles.takeCodeAttempt("203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void aClientOverItsAllowanceIsToldItsStoryWasNotSavedAndModeratorsAreNotDisturbed() {
        StoryThrottles plenty = new StoryThrottles(new StoryProperties(null, null, 5, 100, 10, TEN_MINUTES),
                events::add, new MemoryBucketStore(time), time);
        IntStream.range(0, 5).forEach(story -> plenty.takeAnonymousSubmission("203.0.113.7"));

        assertThatThrownBy(() -> plenty.takeAnonymousSubmission("203.0.113.7"))
                .isExactlyInstanceOf(TooManyAttemptsException.class)
                .hasMessageStartingWith("We have not saved your story.")
                .hasMessageContaining("from this connection", "still in the form below");
        assertThat(events).isEmpty();
    }

    @Test
    void whenEveryonesAllowanceIsSpentTheContributorIsToldUntilWhenAndModeratorsOncePerWindow() {
        spendEveryonesAllowance();

        for (int client = 10; client < 13; client++) {
            String address = "203.0.113." + client;
            assertThatThrownBy(() -> throttles.takeAnonymousSubmission(address))
                    .isInstanceOfSatisfying(SubmissionsPausedException.class, paused -> assertThat(paused.resumesAt())
                            .isEqualTo(Instant.parse("2026-07-01T12:10:00Z")))
                    .hasMessageStartingWith("We have not saved your story.")
                    .hasMessageContaining("paused until 13:10 (UK time)", "still in the form below",
                            "send your story again after 13:10");
        }
        assertThat(events).containsExactly(new SubmissionsPaused("anonymous stories",
                "portal.stories.anonymous-submissions-for-everyone", 3, TEN_MINUTES,
                Instant.parse("2026-07-01T12:10:00Z")));

        time.setTo("2026-07-01T12:10:00Z");
        spendEveryonesAllowance();
        assertThatThrownBy(() -> throttles.takeAnonymousSubmission("203.0.113.20"))
                .isInstanceOf(SubmissionsPausedException.class);
        assertThat(events).hasSize(2).last().isEqualTo(new SubmissionsPaused("anonymous stories",
                "portal.stories.anonymous-submissions-for-everyone", 3, TEN_MINUTES,
                Instant.parse("2026-07-01T12:20:00Z")));
    }

    @Test
    void aStoryThatCouldNotBeSavedDoesNotCount() {
        StoryThrottles oneEach = new StoryThrottles(new StoryProperties(null, null, 1, 1, 10, TEN_MINUTES),
                events::add, new MemoryBucketStore(time), time);

        assertThatThrownBy(() -> oneEach.countedAnonymousSubmission("203.0.113.7", () -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");

        assertThat(oneEach.countedAnonymousSubmission("203.0.113.7", () -> 42L)).isEqualTo(42L);
        assertThatThrownBy(() -> oneEach.countedAnonymousSubmission("203.0.113.8", () -> 43L))
                .isInstanceOf(SubmissionsPausedException.class);
    }

    private void spendEveryonesAllowance() {
        IntStream.range(0, 3).forEach(client -> throttles.takeAnonymousSubmission("2001:db8:" + client + "::1"));
    }
}
