package uk.sexualsafety.cop.db.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import uk.sexualsafety.cop.db.IntegrationTest;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.time.Instant;
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

    @Test
    void theDatabaseHoldsAtMostOneWaitingRequestPerEmailAddress() {
        Organisation organisation = organisations.findAllByOrderByName().getFirst();
        String email = UUID.randomUUID() + "@nhs.net";
        requests.saveAndFlush(request(email, organisation));

        assertThatThrownBy(() -> requests.saveAndFlush(request(email.toUpperCase(), organisation)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aDecidedRequestNoLongerBlocksANewOne() {
        Organisation organisation = organisations.findAllByOrderByName().getFirst();
        String email = UUID.randomUUID() + "@nhs.net";
        MembershipRequest first = requests.saveAndFlush(request(email, organisation));
        Account administrator = accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Admin", null,
                "{bcrypt}hash", organisation, java.util.Set.of(Role.ADMINISTRATOR), Instant.now()));
        first.decline(administrator.getId(), Instant.now(), "Not an NHS role");
        requests.saveAndFlush(first);

        MembershipRequest second = requests.saveAndFlush(request(email, organisation));

        assertThat(second.getStatus()).isEqualTo(MembershipRequestStatus.PENDING);
        assertThat(requests.existsByEmailAndStatus(email, MembershipRequestStatus.PENDING)).isTrue();
    }

    private static MembershipRequest request(String email, Organisation organisation) {
        return new MembershipRequest("Alex Example", email, "HR business partner", organisation, null,
                "{bcrypt}hash", Instant.now());
    }
}
