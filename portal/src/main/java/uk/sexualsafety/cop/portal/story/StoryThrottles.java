package uk.sexualsafety.cop.portal.story;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.moderation.SubmissionsPaused;
import uk.sexualsafety.cop.portal.throttle.BucketStore;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle;
import uk.sexualsafety.cop.portal.throttle.ClientThrottle.Verdict;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How often a client (an IPv4 address, or an IPv6 /64) may send anonymous stories and try receipt or recovery codes,
 * and how many anonymous stories everyone together may send per window.
 *
 * <p>Codes have no limit for everyone: a 140-bit code cannot be guessed, and such a limit would let a hundred
 * clients keep every contributor from opening, changing or withdrawing their own story. Everyone's limit on
 * anonymous stories protects the moderators' queue from a flood; when it bites, moderators are told once per window
 * (after commit, through {@link SubmissionsPaused}) and the contributor is told plainly that their story was not
 * saved and when to send it again. Stories linked to an account are not limited here.
 */
@Component
public class StoryThrottles {

    private static final String LIMIT_PROPERTY = "portal.stories.anonymous-submissions-for-everyone";

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final String FROM_THIS_CONNECTION = "We have not saved your story. Several stories have been "
            + "sent from this connection in the last few minutes, so we cannot take another just now. Your words "
            + "are still in the form below: copy them somewhere safe if you need to close this page, and send your "
            + "story again in a few minutes.";
    private static final String FOR_EVERYONE = "We have not saved your story. We are receiving more stories than "
            + "we can take just now, so new anonymous stories are paused until %s (UK time). Your words are still "
            + "in the form below: copy them somewhere safe if you need to close this page, and send your story "
            + "again after %s.";
    private static final String CODES = "There have been too many attempts with codes from this connection. Please "
            + "wait ten minutes and try again.";

    private final ClientThrottle submissions;
    private final ClientThrottle codes;
    private final ApplicationEventPublisher events;
    private final StoryProperties properties;

    StoryThrottles(StoryProperties properties, ApplicationEventPublisher events, BucketStore buckets,
                   Clock clock) {
        this.properties = properties;
        this.events = events;
        this.submissions = new ClientThrottle(buckets, "anonymous-stories",
                properties.anonymousSubmissionsPerClient(), properties.anonymousSubmissionsForEveryone(),
                properties.throttleWindow(), clock);
        this.codes = new ClientThrottle(buckets, "story-codes", properties.codeAttemptsPerClient(),
                properties.throttleWindow());
    }

    /**
     * Takes one anonymous story's go for the client, or refuses: {@link TooManyAttemptsException} when this client
     * has sent its allowance, {@link SubmissionsPausedException} when everyone together has.
     */
    public void takeAnonymousSubmission(String clientAddress) {
        switch (submissions.acquire(clientAddress)) {
            case Verdict.Allowed allowed -> { }
            case Verdict.ClientLimited limited -> throw new TooManyAttemptsException(FROM_THIS_CONNECTION);
            case Verdict.EveryoneLimited paused -> {
                if (paused.firstInWindow()) {
                    events.publishEvent(new SubmissionsPaused("anonymous stories", LIMIT_PROPERTY,
                            properties.anonymousSubmissionsForEveryone(), properties.throttleWindow(),
                            paused.resumesAt()));
                }
                String until = UK_TIME.format(paused.resumesAt());
                throw new SubmissionsPausedException(FOR_EVERYONE.formatted(until, until), paused.resumesAt());
            }
        }
    }

    /**
     * Saves an anonymous story if the client, and everyone together, may send one now (refused as
     * {@link #takeAnonymousSubmission} refuses, before anything is saved). A story that could not be saved does not
     * count.
     */
    public <T> T countedAnonymousSubmission(String clientAddress, Supplier<T> save) {
        takeAnonymousSubmission(clientAddress);
        try {
            return save.get();
        } catch (RuntimeException notSaved) {
            giveBackAnonymousSubmission(clientAddress);
            throw notSaved;
        }
    }

    /** Gives back an anonymous story's go: it did not happen (never beyond the allowance). */
    public void giveBackAnonymousSubmission(String clientAddress) {
        submissions.giveBack(clientAddress);
    }

    /** Takes one code attempt's go for the client, or refuses with {@link TooManyAttemptsException}. */
    public void takeCodeAttempt(String clientAddress) {
        if (!codes.tryAcquire(clientAddress)) {
            throw new TooManyAttemptsException(CODES);
        }
    }
}
