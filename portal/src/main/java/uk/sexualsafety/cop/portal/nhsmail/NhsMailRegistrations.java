package uk.sexualsafety.cop.portal.nhsmail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Map;

/**
 * NHSmail's client registration, read from the provider's discovery document when someone chooses to sign in with
 * it rather than at start-up: the portal starts, and the password sign-in works, while the provider is unreachable.
 * Each choice reads the document again (within the configured time), so the button tells the truth about an outage
 * and works again as soon as the provider is back.
 */
class NhsMailRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "nhsmail";
    private static final Logger log = LoggerFactory.getLogger(NhsMailRegistrations.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final NhsMailProperties properties;
    private final RestClient discovery;
    private volatile ClientRegistration registration;
    private volatile boolean unavailable;

    NhsMailRegistrations(NhsMailProperties properties) {
        this.properties = properties;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.discovery = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        return known != null || !refresh() ? known : registration;
    }

    /** Reads the provider's discovery document again; false (and the outage remembered) when it cannot. */
    boolean refresh() {
        try {
            Map<String, Object> document = discovery.get()
                    .uri(properties.issuer() + "/.well-known/openid-configuration")
                    .retrieve()
                    .body(JSON_OBJECT);
            // OpenID Connect Discovery: the document must name the very issuer it was fetched for.
            Object issuer = document == null ? null : document.get("issuer");
            if (!(issuer instanceof String named) || !named.replaceAll("/+$", "").equals(properties.issuer())) {
                throw new IllegalStateException("The discovery document names another issuer");
            }
            registration = ClientRegistrations.fromOidcConfiguration(document)
                    .registrationId(REGISTRATION_ID)
                    .clientName("NHSmail")
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope(properties.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
            unavailable = false;
            return true;
        } catch (RestClientException | IllegalArgumentException | IllegalStateException e) {
            log.warn("NHSmail sign-in is unavailable: its discovery document could not be read ({})",
                    e.getClass().getSimpleName());
            unavailable = true;
            return false;
        }
    }

    /** Whether the last attempt to reach the provider failed. */
    boolean knownUnavailable() {
        return unavailable;
    }
}
