package uk.sexualsafety.cop.portal.member;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a decided request to join is kept.
 *
 * @param declinedRetention how long a declined request (the name, address, organisation and reason given) is kept
 *                          after the decision, so that an administrator can answer a question about it; 30 days
 *                          unless set
 */
@ConfigurationProperties("portal.membership")
public record MembershipRetentionProperties(Duration declinedRetention) {

    public MembershipRetentionProperties {
        declinedRetention = declinedRetention == null ? Duration.ofDays(30) : declinedRetention;
        if (declinedRetention.isNegative()) {
            throw new IllegalArgumentException("portal.membership.declined-retention cannot be negative");
        }
    }
}
