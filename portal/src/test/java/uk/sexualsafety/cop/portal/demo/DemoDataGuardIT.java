package uk.sexualsafety.cop.portal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.testing.TestDatabase;
import uk.sexualsafety.cop.portal.Application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal started as a jar is, without a test profile, against an external MariaDB database of its own: the
 * {@code demo} profile that is on by default never puts the demo accounts (whose password the README prints) into
 * a server someone named, and naming the profile does not put them into a database that already holds accounts.
 */
class DemoDataGuardIT {

    private static final String DEMO_ADMINISTRATOR = "admin@demo.nhs.net";

    @Test
    void theDefaultDemoProfileLeavesAnExternalDatabaseEmptyAndANamedOneLeavesAccountsAlone() {
        TestDatabase.Connection database = TestDatabase.freshDatabase("demo_guard");

        try (ConfigurableApplicationContext portal = start(database)) {
            assertThat(portal.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(portal.getEnvironment().getDefaultProfiles()).containsExactly("demo");
            AccountRepository accounts = portal.getBean(AccountRepository.class);
            assertThat(accounts.count()).isZero();

            accounts.save(new Account("first.admin@test.nhs.net", "First Administrator", "Platform administrator",
                    portal.getBean(PasswordEncoder.class).encode("a-long-first-password"), null,
                    EnumSet.of(Role.ADMINISTRATOR), Instant.now()));
        }

        try (ConfigurableApplicationContext portal = start(database, "--spring.profiles.active=demo")) {
            AccountRepository accounts = portal.getBean(AccountRepository.class);
            assertThat(accounts.findAll()).extracting(Account::getEmail).containsExactly("first.admin@test.nhs.net");
            assertThat(accounts.findByEmail(DEMO_ADMINISTRATOR)).isEmpty();
        }
    }

    /** As {@code java -jar portal.jar} with SPRING_DATASOURCE_URL set, plus the test run's own settings. */
    private static ConfigurableApplicationContext start(TestDatabase.Connection database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.config.additional-location=classpath:application-test.properties",
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }
}
