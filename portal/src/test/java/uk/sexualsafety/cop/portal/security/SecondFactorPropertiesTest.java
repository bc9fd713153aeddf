package uk.sexualsafety.cop.portal.security;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondFactorPropertiesTest {

    @Test
    void administratorsModeratorsAndPoolCoordinatorsNeedASecondFactorByDefault() {
        SecondFactorProperties defaults = new SecondFactorProperties(null, null, null, null, null, null);

        for (Role role : Role.values()) {
            assertThat(defaults.requiredFor(Set.of(role))).as(role.name()).isEqualTo(
                    EnumSet.of(Role.ADMINISTRATOR, Role.MODERATOR, Role.POOL_COORDINATOR).contains(role));
        }
        assertThat(defaults.requiredFor(Set.of(Role.MEMBER, Role.MODERATOR))).isTrue();
        assertThat(defaults.requiredFor(Set.of())).isFalse();
        assertThat(defaults.failuresBeforePause()).isEqualTo(5);
        assertThat(defaults.pause()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theRolesAreConfigurable() {
        SecondFactorProperties onlyAdministrators = new SecondFactorProperties(EnumSet.of(Role.ADMINISTRATOR), null,
                null, null, null, null);

        assertThat(onlyAdministrators.requiredFor(Set.of(Role.MODERATOR))).isFalse();
        assertThat(onlyAdministrators.requiredFor(Set.of(Role.ADMINISTRATOR))).isTrue();
    }

    @Test
    void nonsenseLimitsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new SecondFactorProperties(null, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecondFactorProperties(null, null, Duration.ZERO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
