package uk.sexualsafety.cop.portal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.secondfactor.SecondFactorCodes;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Creates accounts with unique email addresses, so that tests never depend on each other's data. An account whose
 * roles need a second factor is enrolled with {@link #SECOND_FACTOR_SECRET}, which the sign-in page object answers.
 */
public class TestAccounts {

    public static final String PASSWORD = "a-long-test-password";
    /** The one-time code secret of every privileged test account. */
    public static final String SECOND_FACTOR_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public record Credentials(long accountId, String email, String password, String displayName) {
    }

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final SecondFactorCodes secondFactors;
    private final SecondFactorProperties secondFactor;

    public TestAccounts(AccountRepository accounts, OrganisationRepository organisations,
                        PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                        SecondFactorCodes secondFactors, SecondFactorProperties secondFactor) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.secondFactors = secondFactors;
        this.secondFactor = secondFactor;
    }

    /** An account whose roles need a second factor, not yet enrolled: it is asked to enrol at its sign-in. */
    public Credentials createWithoutSecondFactor(Role first, Role... more) {
        Credentials created = create(first, more);
        secondFactors.remove(created.accountId());
        return created;
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

    /** Suspends the account, as an administrator would. */
    public void suspend(long accountId) {
        transaction.executeWithoutResult(status -> accounts.findById(accountId).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));
    }

    private Credentials save(Organisation organisation, Role first, Role... more) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = first.name().toLowerCase().replace('_', '-') + "-" + unique + "@test.nhs.net";
        String name = "Test " + first.label() + " " + unique;
        Account account = accounts.save(new Account(email, name, "Tester", passwordEncoder.encode(PASSWORD),
                organisation, EnumSet.of(first, more), Instant.now()));
        if (secondFactor.requiredFor(account.getRoles())) {
            secondFactors.enrolKnownSecret(account.getId(), SECOND_FACTOR_SECRET);
        }
        return new Credentials(account.getId(), email, PASSWORD, name);
    }
}
