package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Sign in with NHSmail (Microsoft Entra ID) over OpenID Connect: the issuer (for Entra ID
 * {@code https://login.microsoftonline.com/<tenant>/v2.0}), the portal's client id and secret from its app
 * registration, the scopes, and how long to wait for the provider. Without an issuer and a client id the button is
 * absent and no OpenID Connect part of the portal is active.
 */
@ConfigurationProperties("portal.nhsmail")
public record NhsMailProperties(String issuer, String clientId, String clientSecret, List<String> scopes,
                                Duration timeout) {

    public NhsMailProperties {
        issuer = issuer == null ? null : issuer.strip().replaceAll("/+$", "");
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
