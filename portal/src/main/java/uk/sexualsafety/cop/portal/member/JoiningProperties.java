package uk.sexualsafety.cop.portal.member;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How joining is limited (beside {@link MembershipProperties}' allowed domains).
 *
 * @param confirmationLinkValidity how long the link that proves an address works; unconfirmed requests are purged
 *                                 after it
 * @param requestsPerClient        requests to join one client may send per {@code throttleWindow}
 * @param requestsPerAddress       requests for one email address per window (beyond, nothing more is sent to it)
 * @param requestsForEveryone      requests all clients together may send per window
 * @param throttleWindow           the window of those limits
 */
@ConfigurationProperties("portal.membership")
public record JoiningProperties(Duration confirmationLinkValidity, Integer requestsPerClient,
                                Integer requestsPerAddress, Integer requestsForEveryone, Duration throttleWindow) {

    public JoiningProperties {
        confirmationLinkValidity = confirmationLinkValidity == null ? Duration.ofHours(24) : confirmationLinkValidity;
        requestsPerClient = requestsPerClient == null ? 5 : requestsPerClient;
        requestsPerAddress = requestsPerAddress == null ? 3 : requestsPerAddress;
        requestsForEveryone = requestsForEveryone == null ? 200 : requestsForEveryone;
        throttleWindow = throttleWindow == null ? Duration.ofHours(1) : throttleWindow;
    }
}
