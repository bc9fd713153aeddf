package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Clock;

/**
 * Turns the ID token NHSmail returned (already checked by Spring Security: signature, issuer, audience, expiry,
 * nonce) into an account of the portal, or into the reason there is none. The ID token's claims are enough: the
 * portal asks the provider for nothing else.
 */
class NhsMailUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String MAY_JOIN = "nhsmail_may_join";

    private final OidcUserService fromIdToken = new OidcUserService();
    private final NhsMailAccounts accounts;
    private final Clock clock;

    NhsMailUserService(NhsMailAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        fromIdToken.setRetrieveUserInfo(request -> false);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = fromIdToken.loadUser(request);
        NhsMailIdentity identity = NhsMailIdentity.from(user.getClaims());
        return switch (accounts.decide(identity)) {
            case NhsMailAccounts.SignsIn signsIn -> new NhsMailUser(user, signsIn.accountId());
            case NhsMailAccounts.MayJoin mayJoin -> throw new MayJoinException(
                    new ProvenAddress(identity.email(), identity.name(), clock.instant()));
            case NhsMailAccounts.Refused refused -> throw new OAuth2AuthenticationException(
                    new OAuth2Error("nhsmail_" + refused.notice().code()), "NHSmail sign-in refused: "
                    + refused.notice().code());
        };
    }

    /** Not a sign-in: an address NHSmail vouched for that may ask to join. */
    static final class MayJoinException extends OAuth2AuthenticationException {

        private final transient ProvenAddress proven;

        MayJoinException(ProvenAddress proven) {
            super(new OAuth2Error(MAY_JOIN), "An unknown NHSmail address that may ask to join");
            this.proven = proven;
        }

        ProvenAddress proven() {
            return proven;
        }
    }
}
