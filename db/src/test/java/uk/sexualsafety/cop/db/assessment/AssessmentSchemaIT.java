package uk.sexualsafety.cop.db.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.IntegrationTest;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AssessmentSchemaIT {

    @Autowired
    AssessmentRepository assessments;
    @Autowired
    AssessmentFrameworkRepository frameworks;
    @Autowired
    FrameworkItemRepository frameworkItems;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstFrameworkHoldsTheTenCommitmentsTheFiveReasonableStepsAndTheConsensusMeasures() {
        AssessmentFramework framework = frameworks.findFirstByOrderByNumberDesc().orElseThrow();
        List<FrameworkItem> items = frameworkItems.findByFrameworkIdOrderByPosition(framework.getId());

        assertThat(items).filteredOn(item -> item.getSection() == FrameworkSection.CHARTER)
                .extracting(item -> item.getCommitmentNumber().orElseThrow())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(items).filteredOn(item -> item.getSection() == FrameworkSection.WORKER_PROTECTION_ACT).hasSize(5);
        assertThat(items).filteredOn(item -> item.getSection() == FrameworkSection.CONSENSUS_RECOMMENDATIONS)
                .isNotEmpty();
        assertThat(items).allSatisfy(item -> {
            for (int level = FrameworkItem.LOWEST_LEVEL; level <= FrameworkItem.HIGHEST_LEVEL; level++) {
                assertThat(item.descriptor(level)).isNotBlank();
            }
        });
    }

    @Test
    void theDatabaseRefusesToChangeAFrameworkItem() {
        assertThatThrownBy(() -> jdbc.update("update assessment_framework_item set title = 'Changed' where code = 'C1'"))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from assessment_framework_item where code = 'CR5'"))
                .hasMessageContaining("cannot be deleted");
    }

    @Test
    void aDraftKeepsLevelsEvidenceLinksAndActionsInTheLeadsOrder() {
        long lead = lead();
        long id = newDraft(lead);
        LocalDate due = LocalDate.of(2030, 9, 30);

        change(id, assessment -> {
            AssessmentItem first = assessment.getItems().getFirst();
            first.answer(3, "A board-approved plan", Set.of(new EvidenceRef(EvidenceKind.POLICY, 12)),
                    List.of(new ActionPlan("Publish the plan", "Director of people", due, ActionStatus.NOT_STARTED),
                            new ActionPlan("Report to the board", "Chief executive", due, ActionStatus.NOT_STARTED)));
            assessment.edited(lead, Instant.now());
        });
        // Changed in place: a second save with fewer actions and a different link must not trip the unique keys.
        change(id, assessment -> {
            assessment.getItems().getFirst().answer(4, "Reviewed yearly",
                    Set.of(new EvidenceRef(EvidenceKind.CASE_STUDY, 3)),
                    List.of(new ActionPlan("Publish the plan", "Director of people", due, ActionStatus.DONE)));
            assessment.edited(lead, Instant.now());
        });

        transaction.executeWithoutResult(status -> {
            AssessmentItem first = assessments.findById(id).orElseThrow().getItems().getFirst();
            assertThat(first.getFrameworkItem().getCode()).isEqualTo("C1");
            assertThat(first.getLevel()).contains(4);
            assertThat(first.getLinks()).containsExactly(new EvidenceRef(EvidenceKind.CASE_STUDY, 3));
            assertThat(first.getActions()).containsExactly(
                    new ActionPlan("Publish the plan", "Director of people", due, ActionStatus.DONE));
        });
    }

    @Test
    void theDatabaseRefusesToChangeASignedOffAssessmentOrAnythingInIt() {
        long author = lead();
        long secondLead = lead();
        long id = newDraft(author);
        change(id, assessment -> assessment.getItems().getFirst().answer(2, "Drafting a plan", Set.of(),
                List.of(new ActionPlan("Agree the plan", "Board", LocalDate.of(2031, 1, 31),
                        ActionStatus.NOT_STARTED))));
        change(id, assessment -> assessment.submit(author, Instant.now()));
        change(id, assessment -> assessment.signOff(secondLead, Instant.now()));

        assertThatThrownBy(() -> jdbc.update("update assessment set status = 'DRAFT' where id = ?", id))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("update assessment_item set level = 4 where assessment_id = ?", id))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("update assessment_action set status = 'DONE' where assessment_item_id "
                + "in (select id from assessment_item where assessment_id = ?)", id))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("insert into assessment_evidence_link (assessment_item_id, kind, "
                + "target_id) select min(id), 'POLICY', 1 from assessment_item where assessment_id = ?", id))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from assessment where id = ?", id))
                .hasMessageContaining("cannot be deleted");
        assertThat(jdbc.queryForObject("select level from assessment_item i join assessment_framework_item f "
                + "on f.id = i.framework_item_id where i.assessment_id = ? and f.code = 'C1'", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesASignOffByTheLeadWhoSubmitted() {
        long author = lead();
        long id = newDraft(author);
        change(id, assessment -> assessment.submit(author, Instant.now()));

        assertThatThrownBy(() -> jdbc.update("update assessment set status = 'SIGNED_OFF', signed_off_by = "
                + "submitted_by, signed_off_at = now() where id = ?", id))
                .hasMessageContaining("ck_assessment_second_lead");
    }

    private long newDraft(long lead) {
        AssessmentFramework framework = frameworks.findFirstByOrderByNumberDesc().orElseThrow();
        // The test database may outlive this run: each draft takes the next period no assessment has used yet.
        int period = jdbc.queryForObject("select coalesce(max(period_start), 2029) + 1 from assessment "
                + "where organisation_id = ?", Integer.class, organisation().getId());
        return transaction.execute(status -> assessments.saveAndFlush(new Assessment(organisation().getId(),
                period, framework.getId(),
                frameworkItems.findByFrameworkIdOrderByPosition(framework.getId()), null, lead, Instant.now()))
                .getId());
    }

    private void change(long id, Consumer<Assessment> change) {
        transaction.executeWithoutResult(status -> change.accept(assessments.findById(id).orElseThrow()));
    }

    private Organisation organisation() {
        return organisations.findAllByOrderByName().getFirst();
    }

    private long lead() {
        return accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Lead", null, "{bcrypt}hash",
                organisation(), Set.of(Role.MEMBER, Role.ASSESSMENT_LEAD), Instant.now())).getId();
    }
}
