package uk.sexualsafety.cop.portal.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.assessment.ActionPlan;
import uk.sexualsafety.cop.db.assessment.ActionStatus;
import uk.sexualsafety.cop.db.assessment.AssessmentStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SelfAssessmentsIT {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    @Autowired
    SelfAssessments assessments;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    long organisation;
    long author;
    long secondLead;
    Period period;

    @BeforeEach
    void leads() {
        // An organisation and period nobody else's test uses, so that the database may outlive the run.
        organisation = organisations.findAllByOrderByName().get((int) (Math.random() * 20)).getId();
        author = accounts.createIn(organisation, Role.MEMBER, Role.ASSESSMENT_LEAD).accountId();
        secondLead = accounts.createIn(organisation, Role.MEMBER, Role.ASSESSMENT_LEAD).accountId();
        period = unusedPeriod();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aLeadWritesADraftThatASecondLeadSignsOffAndThenItNeverChanges() {
        signedIn.as(author);
        AssessmentForEditing draft = assessments.start(period);
        AssessmentForEditing saved = assessments.saveDraft(draft.ref(), allAnswered(draft, 3, "Board minutes"));
        AssessmentForEditing submitted = assessments.submit(saved.ref());
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.maySignOff()).as("not for the lead who submitted").isFalse();

        signedIn.as(secondLead);
        assertThat(assessments.open(draft.id()).maySignOff()).isTrue();
        AssessmentForEditing signedOff = assessments.signOff(submitted.ref());

        assertThat(signedOff.status()).isEqualTo(AssessmentStatus.SIGNED_OFF);
        assertThatThrownBy(() -> assessments.saveDraft(signedOff.ref(), allAnswered(signedOff, 1, "Changed")))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("signed off");
        assertThat(assessments.open(draft.id()).items().getFirst().evidence()).isEqualTo("Board minutes");
        assertThat(auditRows("ASSESSMENT_SIGNED_OFF", draft.id())).isEqualTo(1);
    }

    @Test
    void theLeadWhoSubmittedCannotSignOff() {
        signedIn.as(author);
        AssessmentForEditing draft = assessments.start(period);
        AssessmentForEditing submitted = assessments.submit(
                assessments.saveDraft(draft.ref(), allAnswered(draft, 2, null)).ref());

        assertThatThrownBy(() -> assessments.signOff(submitted.ref()))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("another assessment lead");
        assertThat(assessments.open(draft.id()).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void submittingLevelThreeWithoutEvidenceIsBlockedWithTheItemNamed() {
        signedIn.as(author);
        AssessmentForEditing draft = assessments.start(period);
        List<ItemAnswer> answers = new ArrayList<>(allAnswered(draft, 2, null));
        ItemForEditing fourth = draft.items().get(3);
        answers.set(3, new ItemAnswer(fourth.frameworkItemId(), 4, "  ", Set.of(), List.of()));
        AssessmentForEditing saved = assessments.saveDraft(draft.ref(), answers);

        assertThatThrownBy(() -> assessments.submit(saved.ref()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("C4.evidence", "C4 Support for those affected is at level 4 but has no "
                                + "evidence. Describe the evidence, or choose a lower level."));
        assertThat(assessments.open(draft.id()).status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void whenTwoLeadsSaveAtOnceTheSecondIsToldSomeoneElseSavedFirst() {
        signedIn.as(author);
        AssessmentForEditing opened = assessments.start(period);
        assessments.saveDraft(opened.ref(), List.of(answer(opened.items().getFirst(), 2, "First lead's text")));

        signedIn.as(secondLead);
        assertThatThrownBy(() -> assessments.saveDraft(opened.ref(),
                List.of(answer(opened.items().getFirst(), 3, "Second lead's text"))))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Someone else saved");
        assertThat(assessments.open(opened.id()).items().getFirst().evidence()).isEqualTo("First lead's text");
    }

    @Test
    void anotherOrganisationsAssessmentIsNotFoundAndTheAttemptIsAudited() {
        signedIn.as(author);
        AssessmentForEditing ours = assessments.start(period);
        long elsewhere = organisations.findAllByOrderByName().stream().map(o -> o.getId())
                .filter(id -> id != organisation).findFirst().orElseThrow();
        long outsider = accounts.createIn(elsewhere, Role.MEMBER, Role.ASSESSMENT_LEAD).accountId();

        signedIn.as(outsider);
        assertThatThrownBy(() -> assessments.open(ours.id())).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.saveDraft(ours.ref(), List.of()))
                .isInstanceOf(AssessmentNotFoundException.class);
        assertThat(auditRows("ASSESSMENT_ACCESS_REFUSED", ours.id())).isEqualTo(2);
        assertThat(assessments.ours()).extracting(AssessmentSummary::id).doesNotContain(ours.id());
    }

    @Test
    void aMemberWhoIsNotAnAssessmentLeadIsRefused() {
        signedIn.as(accounts.createIn(organisation, Role.MEMBER).accountId());

        assertThatThrownBy(() -> assessments.ours()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNextPeriodStartsFromACopyOfTheSignedOffOneAndTheTwoCompareItemByItem() {
        signedIn.as(author);
        AssessmentForEditing first = assessments.start(period);
        List<ItemAnswer> answers = new ArrayList<>(allAnswered(first, 2, "Evidence"));
        ItemForEditing c1 = first.items().getFirst();
        answers.set(0, new ItemAnswer(c1.frameworkItemId(), 2, "A plan is being drafted", Set.of(),
                List.of(new ActionPlan("Agree the plan", "Director of people", DUE, ActionStatus.IN_PROGRESS))));
        assessments.submit(assessments.saveDraft(first.ref(), answers).ref());
        signedIn.as(secondLead);
        assessments.signOff(assessments.open(first.id()).ref());

        AssessmentForEditing next = assessments.start(period.next());
        assertThat(next.copiedFrom()).isEqualTo(period);
        assertThat(next.items().getFirst().actions()).extracting(ActionPlan::what).containsExactly("Agree the plan");
        assessments.saveDraft(next.ref(), List.of(answer(next.items().getFirst(), 3, "The board agreed the plan")));

        try (var paper = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(assessments.boardPaper(next.id())))) {
            List<String> headings = paper.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(p -> p.getText()).toList();
            assertThat(headings).hasSize(20).contains("C1 Eradicate harassment and abuse",
                    "C10 Data on prevalence and experience");
            assertThat(paper.getParagraphs()).extracting(p -> p.getText())
                    .contains("Trend against " + period.label() + ": up 1 from level 2.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var paper = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(assessments.boardPaper(first.id())))) {
            assertThat(paper.getTables().getFirst().getRow(1).getCell(0).getText()).isEqualTo("Agree the plan");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        AssessmentComparison comparison = assessments.compare(next.id(), first.id());
        assertThat(comparison.earlier()).isEqualTo(period);
        assertThat(comparison.items().getFirst()).isEqualTo(
                new ItemComparison("C1", "Eradicate harassment and abuse", 2, 3));
        assertThat(comparison.items().getFirst().change()).isEqualTo(1);
    }

    @Test
    void theItemsAndActionsDownloadAsCsvForTheOrganisationOnly() {
        signedIn.as(author);
        AssessmentForEditing draft = assessments.start(period);
        ItemForEditing c1 = draft.items().getFirst();
        assessments.saveDraft(draft.ref(), List.of(new ItemAnswer(c1.frameworkItemId(), 2, "=SUM(A1)", Set.of(),
                List.of(new ActionPlan("Agree the plan", "Director of people", DUE, ActionStatus.IN_PROGRESS)))));

        String csv = new String(assessments.csv(draft.id()), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("Item,Title,Level,Evidence,Action,Owner role,Due,Action status\r\n")
                .contains("C1,Eradicate harassment and abuse,2,'=SUM(A1),Agree the plan,Director of people,"
                        + "31/03/2027,In progress\r\n")
                .contains("CR5,Learning across organisations,,,,,,\r\n");
        assertThat(auditRows("ASSESSMENT_EXPORTED", draft.id())).isEqualTo(1);
        long elsewhere = organisations.findAllByOrderByName().stream().map(o -> o.getId())
                .filter(id -> id != organisation).findFirst().orElseThrow();
        signedIn.as(accounts.createIn(elsewhere, Role.MEMBER, Role.ASSESSMENT_LEAD).accountId());
        assertThatThrownBy(() -> assessments.csv(draft.id())).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void aSecondStartOfTheSamePeriodIsRefused() {
        signedIn.as(author);
        assessments.start(period);

        signedIn.as(secondLead);
        assertThatThrownBy(() -> assessments.start(period)).isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("already has an assessment for " + period.label());
    }

    @Test
    void evidenceIsCheckedByTheAnonymiserAndTheAcceptedReplacementsApplied() {
        signedIn.as(author);
        String narrative = "Our lead Jane Smith (jane.smith@nhs.net) reviews the plan.";

        var findings = assessments.checkEvidence(narrative);

        assertThat(findings).isNotEmpty();
        assertThat(assessments.applyReplacements(narrative, findings)).doesNotContain("jane.smith@nhs.net");
    }

    private Period unusedPeriod() {
        Integer latest = jdbc.queryForObject("select max(period_start) from assessment where organisation_id = ?",
                Integer.class, organisation);
        return new Period(latest == null ? 2026 : latest + 2);
    }

    private int auditRows(String action, long assessmentId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?",
                Integer.class, action, String.valueOf(assessmentId));
    }

    private static List<ItemAnswer> allAnswered(AssessmentForEditing assessment, int level, String evidence) {
        return assessment.items().stream().map(item -> answer(item, level, evidence)).toList();
    }

    private static ItemAnswer answer(ItemForEditing item, int level, String evidence) {
        return new ItemAnswer(item.frameworkItemId(), level, evidence, Set.of(), List.of());
    }
}
