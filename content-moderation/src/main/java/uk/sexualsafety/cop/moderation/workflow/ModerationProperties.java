package uk.sexualsafety.cop.moderation.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param overdueAfterDays  days in the queue after which an item is marked overdue and goes into the daily digest
 * @param rejectionReasons  the reasons a moderator chooses from when rejecting
 * @param maxMessageLength  the longest message to a contributor
 */
@ConfigurationProperties("portal.moderation")
public record ModerationProperties(Integer overdueAfterDays, List<String> rejectionReasons, Integer maxMessageLength) {

    public ModerationProperties {
        overdueAfterDays = overdueAfterDays == null ? 3 : overdueAfterDays;
        if (overdueAfterDays < 1) {
            throw new IllegalArgumentException("portal.moderation.overdue-after-days must be at least 1");
        }
        rejectionReasons = rejectionReasons == null || rejectionReasons.isEmpty()
                ? List.of("It could identify someone",
                        "It is not about sexual safety at work",
                        "It is abusive or harmful to others",
                        "It repeats another submission",
                        "Another reason (explained below)")
                : List.copyOf(rejectionReasons);
        maxMessageLength = maxMessageLength == null ? 4000 : maxMessageLength;
    }
}
