package uk.sexualsafety.cop.portal.member;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.password.NewPasswords;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * A new installation has no accounts, so nobody could approve the first member: when no administrator exists and
 * {@code PORTAL_FIRST_ADMINISTRATOR_EMAIL} and {@code _PASSWORD} are set, that administrator is created at start-up,
 * its password judged as every other one is (a guessable one stops the start with the reason).
 * Once any administrator exists the settings are ignored, so they can be removed after the first start.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    @ConfigurationProperties("portal.first-administrator")
    record Settings(String email, String password, String name) {
    }

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Settings settings;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final NewPasswords newPasswords;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstAdministrator(Settings settings, AccountRepository accounts, PasswordEncoder passwordEncoder,
                       NewPasswords newPasswords, TransactionTemplate transaction, Clock clock) {
        this.newPasswords = newPasswords;
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (isBlank(settings.email()) || isBlank(settings.password()) || accounts.existsWithRole(Role.ADMINISTRATOR)) {
            return;
        }
        String name = isBlank(settings.name()) ? "Administrator" : settings.name().strip();
        newPasswords.problem(settings.password(), List.of(name, settings.email())).ifPresent(problem -> {
            throw new IllegalStateException("portal.first-administrator.password may not be used: " + problem);
        });
        Account administrator = transaction.execute(status -> accounts.save(new Account(settings.email(),
                name, "Platform administrator",
                passwordEncoder.encode(settings.password()), null, EnumSet.of(Role.ADMINISTRATOR), clock.instant())));
        log.info("Created the first administrator account (id {}); its settings can now be removed",
                administrator.getId());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
