package uk.sexualsafety.cop.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.sexualsafety.cop.db.member.Role;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles sign in with a second factor (decision 033), how many wrong codes pause it and for how long, and the
 * key that encrypts the one-time code secrets: {@code encryptionKey} (Base64 of 32 random bytes, the same on every
 * node) or, when it is not set, a key the portal makes once and keeps in {@code keyFile}.
 */
@ConfigurationProperties("portal.second-factor")
public record SecondFactorProperties(Set<Role> roles, Integer failuresBeforePause, Duration pause,
                                     String encryptionKey, Path keyFile, String issuer) {

    public SecondFactorProperties {
        roles = roles == null ? EnumSet.of(Role.ADMINISTRATOR, Role.MODERATOR, Role.POOL_COORDINATOR)
                : roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        failuresBeforePause = failuresBeforePause == null ? 5 : failuresBeforePause;
        pause = pause == null ? Duration.ofMinutes(5) : pause;
        keyFile = keyFile == null ? Path.of("data", "second-factor.key") : keyFile;
        issuer = issuer == null || issuer.isBlank() ? "Sexual Safety CoP" : issuer.strip();
        if (failuresBeforePause < 1) {
            throw new IllegalArgumentException("portal.second-factor.failures-before-pause must be at least 1");
        }
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("portal.second-factor.pause must be positive");
        }
    }

    /** Whether someone with these roles signs in with a second factor. */
    public boolean requiredFor(Set<Role> accountRoles) {
        return accountRoles.stream().anyMatch(roles::contains);
    }
}
