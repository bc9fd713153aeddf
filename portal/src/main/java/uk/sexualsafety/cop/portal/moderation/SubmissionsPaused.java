package uk.sexualsafety.cop.portal.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Contributions of one kind are refused for everyone until {@code resumesAt}, because the {@code limit} for
 * everyone together within {@code window} has been reached. Moderators are told, once per window, so that a flood
 * (or genuine demand) is seen by people rather than met only by refusals.
 *
 * @param what     what is paused, as moderators read it: "anonymous stories"
 * @param property the setting an administrator changes to raise the limit
 */
public record SubmissionsPaused(String what, String property, int limit, Duration window, Instant resumesAt) {

    public SubmissionsPaused {
        Objects.requireNonNull(what);
        Objects.requireNonNull(property);
        Objects.requireNonNull(window);
        Objects.requireNonNull(resumesAt);
    }
}
