package uk.sexualsafety.cop.portal.story;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param withdrawnRetention       how long a withdrawn story's text is kept before it is purged
 * @param maxWords                 the longest story, in words
 * @param anonymousSubmissionsPerClient anonymous submissions one client may make per {@code throttleWindow}
 * @param anonymousSubmissionsForEveryone anonymous submissions all clients together may make per (fixed) window
 * @param codeAttemptsPerClient    receipt or recovery codes one client may try per window (there is no limit for
 *                                 everyone: it would let a few clients lock every contributor out of their story)
 * @param throttleWindow           the window of those limits
 */
@ConfigurationProperties("portal.stories")
public record StoryProperties(Duration withdrawnRetention, Integer maxWords, Integer anonymousSubmissionsPerClient,
                              Integer anonymousSubmissionsForEveryone, Integer codeAttemptsPerClient,
                              Duration throttleWindow) {

    public StoryProperties {
        withdrawnRetention = withdrawnRetention == null ? Duration.ofDays(30) : withdrawnRetention;
        maxWords = maxWords == null ? 20_000 : maxWords;
        anonymousSubmissionsPerClient = anonymousSubmissionsPerClient == null ? 5 : anonymousSubmissionsPerClient;
        anonymousSubmissionsForEveryone = anonymousSubmissionsForEveryone == null ? 200
                : anonymousSubmissionsForEveryone;
        codeAttemptsPerClient = codeAttemptsPerClient == null ? 10 : codeAttemptsPerClient;
        throttleWindow = throttleWindow == null ? Duration.ofMinutes(10) : throttleWindow;
    }
}
