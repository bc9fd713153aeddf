package uk.sexualsafety.cop.db.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.IntegrationTest;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MembershipRequestIT {

    @Autowired
    MembershipRequestRepository requests;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    EmailLinkRepository links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseHoldsAtMostOneOpenRequestPerEmailAddressWhetherConfirmedOrNot() {
        Organisation organisation = organisation();
        String email = UUID.randomUUID() + "@nhs.net";
        MembershipRequest unconfirmed = requests.saveAndFlush(request(email, organisation));

        assertThatThrownBy(() -> requests.saveAndFlush(request(email.toUpperCase(), organisation)))
                .isInstanceOf(DataIntegrityViolationException.class);

        unconfirmed.confirm("{bcrypt}hash", Instant.now());
        requests.saveAndFlush(unconfirmed);
        assertThatThrownBy(() -> requests.saveAndFlush(request(email, organisation)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDecidedRequestNoLongerBlocksANewOneAndKeepsNoPassword() {
        Organisation organisation = organisation();
        String email = UUID.randomUUID() + "@nhs.net";
        MembershipRequest first = requests.saveAndFlush(request(email, organisation));
        first.confirm("{bcrypt}hash", Instant.now());
        Account administrator = accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Admin", null,
                "{bcrypt}hash", organisation, Set.of(Role.ADMINISTRATOR), Instant.now()));
        first.decline(administrator.getId(), Instant.now(), "Not an NHS role");
        requests.saveAndFlush(first);

        MembershipRequest second = requests.saveAndFlush(request(email, organisation));

        assertThat(second.getStatus()).isEqualTo(MembershipRequestStatus.UNCONFIRMED);
        assertThat(jdbc.queryForObject("select password_hash from membership_request where id = ?", String.class,
                first.getId())).isNull();
    }

    @Test
    void purgingUnconfirmedRequestsTakesTheirLinksAndLeavesConfirmedOnes() {
        Organisation organisation = organisation();
        Instant longAgo = Instant.now().minus(Duration.ofDays(2));
        MembershipRequest unconfirmed = requests.saveAndFlush(new MembershipRequest("Alex Example",
                UUID.randomUUID() + "@nhs.net", "HR business partner", organisation, null, longAgo));
        EmailLink link = links.saveAndFlush(EmailLink.toConfirmJoining(unconfirmed.getId(), randomHash(), longAgo,
                longAgo.plus(Duration.ofDays(1))));
        MembershipRequest confirmed = new MembershipRequest("Sam Example", UUID.randomUUID() + "@nhs.net",
                "Educator", organisation, null, longAgo);
        confirmed.confirm("{bcrypt}hash", longAgo);
        requests.saveAndFlush(confirmed);

        requests.deleteUnconfirmedRequestedBefore(Instant.now().minus(Duration.ofDays(1)));

        assertThat(requests.existsById(unconfirmed.getId())).isFalse();
        assertThat(links.existsById(link.getId())).isFalse();
        assertThat(requests.existsById(confirmed.getId())).isTrue();
    }

    @Test
    void aLinkNamesExactlyTheKindOfThingItIsFor() {
        Account account = accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Member", null, "{bcrypt}hash",
                organisation(), Set.of(Role.MEMBER), Instant.now()));

        assertThatThrownBy(() -> jdbc.update("insert into email_link (purpose, token_hash, account_id, created_at, "
                + "expires_at) values ('CONFIRM_JOIN', ?, ?, now(6), now(6) + interval 1 day)", randomHash(),
                account.getId())).isInstanceOf(DataIntegrityViolationException.class);
        byte[] hash = randomHash();
        links.saveAndFlush(EmailLink.toResetPassword(account.getId(), hash, Instant.now(),
                Instant.now().plus(Duration.ofMinutes(30))));
        assertThatThrownBy(() -> links.saveAndFlush(EmailLink.toResetPassword(account.getId(), hash, Instant.now(),
                Instant.now().plus(Duration.ofMinutes(30))))).as("token hashes are unique")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Organisation organisation() {
        return organisations.findAllByOrderByName().getFirst();
    }

    private static byte[] randomHash() {
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        return hash;
    }

    private static MembershipRequest request(String email, Organisation organisation) {
        return new MembershipRequest("Alex Example", email, "HR business partner", organisation, null,
                Instant.now());
    }
}
