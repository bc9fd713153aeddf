package uk.sexualsafety.cop.portal.password;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param resetLinkValidity        how long a link to choose a new password works (once)
 * @param resetRequestsPerClient   "forgot your password" requests one client may make per {@code throttleWindow}
 * @param resetRequestsPerAddress  requests for one email address per window (beyond, nothing more is sent)
 * @param resetRequestsForEveryone requests all clients together may make per window
 * @param changeAttemptsPerAccount wrong current passwords one account may type when changing it, per window
 * @param throttleWindow           the window of those limits
 */
@ConfigurationProperties("portal.password")
public record PasswordProperties(Duration resetLinkValidity, Integer resetRequestsPerClient,
                                 Integer resetRequestsPerAddress, Integer resetRequestsForEveryone,
                                 Integer changeAttemptsPerAccount, Duration throttleWindow) {

    public PasswordProperties {
        resetLinkValidity = resetLinkValidity == null ? Duration.ofMinutes(30) : resetLinkValidity;
        resetRequestsPerClient = resetRequestsPerClient == null ? 5 : resetRequestsPerClient;
        resetRequestsPerAddress = resetRequestsPerAddress == null ? 3 : resetRequestsPerAddress;
        resetRequestsForEveryone = resetRequestsForEveryone == null ? 500 : resetRequestsForEveryone;
        changeAttemptsPerAccount = changeAttemptsPerAccount == null ? 5 : changeAttemptsPerAccount;
        throttleWindow = throttleWindow == null ? Duration.ofHours(1) : throttleWindow;
    }
}
