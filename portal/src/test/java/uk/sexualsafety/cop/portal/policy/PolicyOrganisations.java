package uk.sexualsafety.cop.portal.policy;

import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.TestAccounts;

import java.util.UUID;

/**
 * Organisations and their members for policy tests. Each test gets organisations of its own, so that what it finds
 * by organisation is only what it shared, whatever else the shared test database holds.
 */
public final class PolicyOrganisations {

    private final OrganisationRepository organisations;
    private final IcbRepository icbs;
    private final TestAccounts accounts;
    private final TransactionTemplate transaction;

    public PolicyOrganisations(OrganisationRepository organisations, IcbRepository icbs, TestAccounts accounts,
                               TransactionTemplate transaction) {
        this.organisations = organisations;
        this.icbs = icbs;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /** A new trust in the ICB with this code. */
    public long trustInIcb(String icbCode) {
        return transaction.execute(status -> organisations.save(new Organisation("Policy Test " + unique()
                + " Trust", null, OrganisationType.ACUTE_TRUST, Nation.ENGLAND, icbs.findAll().stream()
                .filter(icb -> icb.getCode().equals(icbCode)).findFirst().orElseThrow())).getId());
    }

    /** A new health board outside England. */
    public long healthBoardIn(Nation nation) {
        return transaction.execute(status -> organisations.save(new Organisation("Policy Test " + unique()
                + " Health Board", null, OrganisationType.HEALTH_BOARD, nation, null)).getId());
    }

    public long icbId(String code) {
        return icbs.findAll().stream().filter(icb -> icb.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    public String nameOf(long organisationId) {
        return transaction.execute(status -> organisations.findById(organisationId).orElseThrow().getName());
    }

    public TestAccounts.Credentials memberOf(long organisationId, Role... more) {
        return accounts.createIn(organisationId, Role.MEMBER, more);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
