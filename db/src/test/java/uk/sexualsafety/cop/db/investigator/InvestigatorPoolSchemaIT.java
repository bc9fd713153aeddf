package uk.sexualsafety.cop.db.investigator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.IntegrationTest;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InvestigatorPoolSchemaIT {

    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    InvestigatorRepository investigators;
    @Autowired
    InvestigationRequestRepository requests;
    @Autowired
    InvestigationOfferRepository offers;
    @Autowired
    InvestigationAssignmentRepository assignments;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProfileKeepsItsCollectionsInOrderAndAnUnchangedSaveKeepsItsVersion() {
        Organisation organisation = organisations.findAllByOrderByName().getFirst();
        long id = transaction.execute(status -> {
            Investigator investigator = new Investigator(account(), "Investigator", "i@example.nhs.net",
                    Instant.now());
            fill(investigator, organisation);
            return investigators.save(investigator).getId();
        });

        long versionAfterSecondSave = transaction.execute(status -> {
            Investigator investigator = investigators.findById(id).orElseThrow();
            assertThat(investigator.getAccreditations()).extracting(Accreditation::name)
                    .containsExactly("Second", "First");
            assertThat(investigator.getEmployment()).containsExactly(
                    new Employment(organisation.getId(), LocalDate.of(2015, 1, 1), null));
            assertThat(investigator.getNations()).containsExactly(Nation.WALES);
            fill(investigator, organisation);
            return investigator.getVersion();
        });

        assertThat(investigators.findById(id).orElseThrow().getVersion()).isEqualTo(versionAfterSecondSave);
    }

    @Test
    void aRequestHasAtMostOnePendingOfferAtATime() {
        Organisation organisation = organisations.findAllByOrderByName().getFirst();
        InvestigationRequest request = requests.save(request(organisation));
        Investigator first = investigators.save(new Investigator(account(), "First", "f@nhs.net", Instant.now()));
        Investigator second = investigators.save(new Investigator(account(), "Second", "s@nhs.net", Instant.now()));
        InvestigationOffer offer = offers.saveAndFlush(offer(request, first));

        assertThatThrownBy(() -> offers.saveAndFlush(offer(request, second)))
                .isInstanceOf(DataIntegrityViolationException.class);

        transaction.executeWithoutResult(status -> offers.findById(offer.getId()).orElseThrow()
                .decline("No capacity", Instant.now()));
        assertThat(offers.saveAndFlush(offer(request, second)).getStatus()).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void aRequestHasOneAssignmentUnlessWithdrawnAndItsMilestonesGoInOrder() {
        Organisation organisation = organisations.findAllByOrderByName().getFirst();
        InvestigationRequest request = requests.save(request(organisation));
        Investigator investigator = investigators.save(new Investigator(account(), "I", "i@nhs.net", Instant.now()));
        long assignmentId = transaction.execute(status -> assignments.save(
                new InvestigationAssignment(acceptedOffer(request, investigator))).getId());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> assignments.saveAndFlush(
                new InvestigationAssignment(acceptedOffer(request, investigator)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "update investigation_assignment set interviews_done_at = now(6) where id = ?", assignmentId))
                .as("the database refuses a milestone out of order")
                .isInstanceOf(DataIntegrityViolationException.class);

        transaction.executeWithoutResult(status -> assignments.findById(assignmentId).orElseThrow()
                .withdraw("Unwell", Instant.now()));
        long next = transaction.execute(status -> assignments.save(
                new InvestigationAssignment(acceptedOffer(request, investigator))).getId());
        assertThat(assignments.findCurrentForRequest(request.getId())).get()
                .extracting(InvestigationAssignment::getId).isEqualTo(next);
    }

    private InvestigationOffer acceptedOffer(InvestigationRequest request, Investigator investigator) {
        InvestigationOffer offer = offers.saveAndFlush(offer(request, investigator));
        offer.accept(Instant.now());
        return offers.saveAndFlush(offer);
    }

    private static void fill(Investigator investigator, Organisation organisation) {
        investigator.setSpecialisms(Set.of(Specialism.SENIOR_LEADERS, Specialism.COGNITIVE_INTERVIEWING));
        investigator.setAccreditations(List.of(new Accreditation("Second", LocalDate.of(2024, 1, 1), null),
                new Accreditation("First", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))));
        investigator.setCoverage(Set.of(NhsRegion.LONDON), Set.of(), Set.of(Nation.WALES), true, true);
        investigator.setCapacity(2, 6);
        investigator.setUnavailable(List.of(new DatePeriod(LocalDate.of(2030, 8, 1), LocalDate.of(2030, 8, 14))));
        investigator.setEmployment(List.of(new Employment(organisation.getId(), LocalDate.of(2015, 1, 1), null)));
        investigator.setConflicts(List.of(new DeclaredConflict(organisation.getId(), "Sister works there")));
    }

    private InvestigationRequest request(Organisation organisation) {
        return new InvestigationRequest(organisation, account(), RequestCategory.MISOGYNY, Complexity.LOW, false,
                Set.of(Specialism.SEXUAL_MISCONDUCT), LocalDate.now().plusDays(7), 10, DeliveryMode.REMOTE, false,
                "A colleague reported remarks", Instant.now());
    }

    private InvestigationOffer offer(InvestigationRequest request, Investigator investigator) {
        Instant now = Instant.now();
        return new InvestigationOffer(request, investigator, request.getRequestedBy(), now,
                now.plus(Duration.ofHours(72)));
    }

    private long account() {
        return accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Someone", null, "{bcrypt}hash",
                organisations.findAllByOrderByName().getFirst(), Set.of(Role.MEMBER), Instant.now())).getId();
    }
}
