package uk.sexualsafety.cop.portal.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person as the server sees them on each request. It is rebuilt from the database at every request,
 * so a change of roles or a suspension takes effect at once; only the password check at sign-in sees the hash.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, SignInPrincipal {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Long organisationId;
    private final Set<Role> roles;
    private final boolean active;
    private String passwordHash;

    private PortalUser(Account account, String passwordHash) {
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.organisationId = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        this.roles = account.getRoles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(account.getRoles()));
        this.active = account.isActive();
        this.passwordHash = passwordHash;
    }

    static PortalUser forPasswordCheck(Account account) {
        return new PortalUser(account, account.getPasswordHash());
    }

    static PortalUser signedIn(Account account) {
        return new PortalUser(account, null);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    /** A password alone is never a second factor. */
    @Override
    public boolean passedSecondFactor() {
        return false;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        // Never the email address or name: this may reach a log.
        return "PortalUser[account=" + accountId + "]";
    }
}
