package uk.sexualsafety.cop.portal.nhsmail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import uk.sexualsafety.cop.portal.security.SignInMethod;

/**
 * "Sign in with NHSmail": Spring Security's OpenID Connect login with the registration read lazily, no tokens kept
 * after the sign-in (the portal calls no API with them), refusals shown on the sign-in page, and the account handed
 * to the same sign-in store as a password sign-in.
 */
public class NhsMailSignIn implements SignInMethod {

    private final NhsMailRegistrations registrations;
    private final NhsMailUserService users;
    private final NhsMailFailureHandler failures;

    NhsMailSignIn(NhsMailRegistrations registrations, NhsMailUserService users, NhsMailFailureHandler failures) {
        this.registrations = registrations;
        this.users = users;
        this.failures = failures;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(new SimpleUrlAuthenticationSuccessHandler("/"))
                .failureHandler(failures));
        http.addFilterBefore(new NhsMailAvailabilityFilter(registrations),
                OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** Whether the last attempt to reach NHSmail failed, for the sign-in page to say so. */
    public boolean knownUnavailable() {
        return registrations.knownUnavailable();
    }

    /** Where the button sends the browser. */
    public String startAddress() {
        return NhsMailAvailabilityFilter.START_PATH.substring(1);
    }

    /** Keeps no access or refresh token: the sign-in needs only the ID token, checked once. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                                                                         Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // Nothing kept.
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                                           HttpServletRequest request, HttpServletResponse response) {
            // Nothing kept.
        }
    }
}
