package uk.sexualsafety.cop.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How sign-ins behave: the inactivity after which one ends, whether its cookie is marked Secure even on a request
 * that did not arrive over HTTPS (it always is on one that did), and how many failed password attempts slow further
 * tries down.
 */
@ConfigurationProperties("portal.sign-in")
public record SignInProperties(Duration inactivityTimeout, Boolean secureCookie, Integer failuresPerAccount,
                               Integer failuresPerAddress, Duration failureWindow) {

    public SignInProperties {
        inactivityTimeout = inactivityTimeout == null ? Duration.ofMinutes(30) : inactivityTimeout;
        secureCookie = secureCookie != null && secureCookie;
        failuresPerAccount = failuresPerAccount == null ? 5 : failuresPerAccount;
        failuresPerAddress = failuresPerAddress == null ? 20 : failuresPerAddress;
        failureWindow = failureWindow == null ? Duration.ofMinutes(5) : failureWindow;
        if (inactivityTimeout.isNegative() || inactivityTimeout.isZero()) {
            throw new IllegalArgumentException("portal.sign-in.inactivity-timeout must be positive");
        }
    }
}
