package uk.sexualsafety.cop.portal.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The person behind the current request, as the server decided at the start of it. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    /** The holder that Spring Security's filters and method security of this application use. */
    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<PortalUser> get() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
