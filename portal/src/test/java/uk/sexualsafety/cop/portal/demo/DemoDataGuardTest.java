package uk.sexualsafety.cop.portal.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGuardTest {

    @ParameterizedTest(name = "profile named {0}, embedded {1}, accounts {2} -> {3}")
    @CsvSource({
            "false, true,  false, LOAD",
            "true,  true,  false, LOAD",
            "true,  false, false, LOAD",
            "false, false, false, EXTERNAL_DATABASE",
            "false, true,  true,  HAS_ACCOUNTS",
            "true,  true,  true,  HAS_ACCOUNTS",
            "true,  false, true,  HAS_ACCOUNTS",
            "false, false, true,  HAS_ACCOUNTS"})
    void demoDataGoesOnlyIntoAnEmptyEmbeddedDatabaseOrWhereTheProfileWasNamed(boolean named, boolean embedded,
                                                                             boolean accounts,
                                                                             DemoDataGuard.Decision expected) {
        assertThat(DemoDataGuard.decide(named, embedded, accounts)).isEqualTo(expected);
    }

    @Test
    void theDefaultProfileAloneIsNotNamingIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setDefaultProfiles("demo");

        assertThat(environment.matchesProfiles("demo")).isTrue();
        assertThat(DemoDataGuard.profileNamed(environment)).isFalse();
    }

    @Test
    void anActiveDemoProfileIsNamingIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("production", "demo");

        assertThat(DemoDataGuard.profileNamed(environment)).isTrue();
    }
}
