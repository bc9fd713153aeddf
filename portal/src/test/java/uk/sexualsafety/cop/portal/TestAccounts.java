package uk.sexualsafety.cop.portal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/** Creates accounts with unique email addresses, so that tests never depend on each other's data. */
public class TestAccounts {

    public static final String PASSWORD = "a-long-test-password";

    public record Credentials(long accountId, String email, String password, String displayName) {
    }

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    public TestAccounts(AccountRepository accounts, OrganisationRepository organisations,
                        PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    public Credentials create(Role first, Role... more) {
        return transaction.execute(status -> save(organisations.findByNameIgnoreCase(
                "London Ambulance Service NHS Trust").orElseThrow(), first, more));
    }

    /** An account in the given organisation, for tests of what people may see of their own organisation. */
    public Credentials createIn(long organisationId, Role first, Role... more) {
        return transaction.execute(status -> save(organisations.findById(organisationId).orElseThrow(), first,
                more));
    }

    private Credentials save(Organisation organisation, Role first, Role... more) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = first.name().toLowerCase().replace('_', '-') + "-" + unique + "@test.nhs.net";
        String name = "Test " + first.label() + " " + unique;
        Account account = accounts.save(new Account(email, name, "Tester", passwordEncoder.encode(PASSWORD),
                organisation, EnumSet.of(first, more), Instant.now()));
        return new Credentials(account.getId(), email, PASSWORD, name);
    }
}
