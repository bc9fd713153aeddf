package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.testing.TestDatabase;
import uk.sexualsafety.cop.portal.Application;

import static org.assertj.core.api.Assertions.assertThat;

/** A new installation, on a database of its own: no accounts at all until the first administrator is made. */
@SpringBootTest(classes = Application.class, properties = {
        "portal.first-administrator.email=first.admin@test.nhs.net",
        "portal.first-administrator.password=heather quarry ladle orbit",
        "portal.first-administrator.name=First Administrator"})
@ActiveProfiles("test")
class FirstAdministratorIT {

    @DynamicPropertySource
    static void newInstallation(DynamicPropertyRegistry registry) {
        TestDatabase.Connection database = TestDatabase.freshDatabase("first_administrator");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void aNewInstallationGetsItsFirstAdministratorFromTheSettingsOnce() {
        Account administrator = accounts.findByEmail("first.admin@test.nhs.net").orElseThrow();

        assertThat(administrator.getRoles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(administrator.getDisplayName()).isEqualTo("First Administrator");
        assertThat(passwordEncoder.matches("heather quarry ladle orbit", administrator.getPasswordHash())).isTrue();

        firstAdministrator.run(null);
        assertThat(accounts.findAll()).hasSize(1);
    }
}
