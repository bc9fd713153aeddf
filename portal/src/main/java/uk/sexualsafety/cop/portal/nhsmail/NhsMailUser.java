package uk.sexualsafety.cop.portal.nhsmail;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.sexualsafety.cop.portal.security.SignInPrincipal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The result of an NHSmail sign-in that matched an account: it lives only for the request that returns from
 * NHSmail, which hands the account to the sign-in store. From the next request on the person is the same
 * {@code PortalUser} as after a password, rebuilt from the database, with every access rule unchanged. NHSmail
 * (Entra ID) applies its own second factor, so this sign-in has passed one.
 */
final class NhsMailUser implements OidcUser, SignInPrincipal {

    private final OidcUser fromProvider;
    private final long accountId;

    NhsMailUser(OidcUser fromProvider, long accountId) {
        this.fromProvider = fromProvider;
        this.accountId = accountId;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public boolean passedSecondFactor() {
        return true;
    }

    @Override
    public Map<String, Object> getClaims() {
        return fromProvider.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return fromProvider.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return fromProvider.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return fromProvider.getAttributes();
    }

    /** No roles here: they come from the account at every request. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    /** The account id, never the address: Spring Security may log a principal's name. */
    @Override
    public String getName() {
        return Long.toString(accountId);
    }

    @Override
    public String toString() {
        return "NhsMailUser[account=" + accountId + "]";
    }
}
