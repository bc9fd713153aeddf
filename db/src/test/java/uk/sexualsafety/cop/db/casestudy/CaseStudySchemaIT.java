package uk.sexualsafety.cop.db.casestudy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.IntegrationTest;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CaseStudySchemaIT {

    @Autowired
    CaseStudyRepository caseStudies;
    @Autowired
    CaseStudyVersionRepository versions;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRevisionIsReviewedWhileThePublishedVersionStaysAndBecomesVersionTwo() {
        long id = newCaseStudy(content("First title", Theme.BYSTANDER));
        inTransaction(id, study -> study.submit(content("First title", Theme.BYSTANDER), Instant.now()));
        inTransaction(id, study -> study.publish(LocalDate.now(), Instant.now()));
        assertThat(caseStudies.isPublished(id)).isTrue();

        inTransaction(id, study -> study.writeDraft(content("Second title", Theme.BYSTANDER), Instant.now()));
        inTransaction(id, study -> study.submit(content("Second title", Theme.BYSTANDER), Instant.now()));
        transaction.executeWithoutResult(status -> {
            CaseStudy study = caseStudies.findById(id).orElseThrow();
            assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.PUBLISHED);
            assertThat(study.getRevisionStatus()).contains(RevisionStatus.IN_REVIEW);
            assertThat(study.getPublishedVersion().orElseThrow().getTitle()).isEqualTo("First title");
            assertThat(study.getWorkingVersion().orElseThrow().getTitle()).isEqualTo("Second title");
        });
        assertThat(caseStudies.isPublished(id)).as("still readable during the revision's review").isTrue();

        inTransaction(id, study -> study.publish(LocalDate.now(), Instant.now()));

        assertThat(versions.findAllPublished(id)).extracting(v -> v.getNumber().orElseThrow(), CaseStudyVersion::getTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "First title"),
                        org.assertj.core.groups.Tuple.tuple(2, "Second title"));
        transaction.executeWithoutResult(status -> {
            CaseStudy study = caseStudies.findById(id).orElseThrow();
            assertThat(study.getPublishedVersion().orElseThrow().getNumber()).contains(2);
            assertThat(study.getWorkingVersion()).isEmpty();
            assertThat(study.getRevisionStatus()).isEmpty();
        });
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersionOrItsThemes() {
        long id = newCaseStudy(content("Kept for ever", Theme.POWER_IMBALANCE));
        inTransaction(id, study -> study.submit(content("Kept for ever", Theme.POWER_IMBALANCE), Instant.now()));
        inTransaction(id, study -> study.publish(LocalDate.now(), Instant.now()));
        long versionId = versions.findPublished(id, 1).orElseThrow().getId();

        assertThatThrownBy(() -> jdbc.update("update case_study_version set title = 'Changed' where id = ?",
                versionId)).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("delete from case_study_version_theme where version_id = ?",
                versionId)).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("insert into case_study_version_question values (?, 5, 'Added?')",
                versionId)).hasMessageContaining("cannot change");
        assertThat(versions.findPublished(id, 1).orElseThrow().getTitle()).isEqualTo("Kept for ever");
    }

    @Test
    void aRejectedRevisionIsDroppedAndThePublishedVersionStays() {
        long id = newCaseStudy(content("Published", Theme.NON_RECENT));
        inTransaction(id, study -> study.submit(content("Published", Theme.NON_RECENT), Instant.now()));
        inTransaction(id, study -> study.publish(LocalDate.now(), Instant.now()));
        inTransaction(id, study -> study.submit(content("Revision", Theme.NON_RECENT), Instant.now()));

        inTransaction(id, study -> study.reject("Not this one", Instant.now()));

        transaction.executeWithoutResult(status -> {
            CaseStudy study = caseStudies.findById(id).orElseThrow();
            assertThat(study.getStatus()).isEqualTo(CaseStudyStatus.PUBLISHED);
            assertThat(study.getWorkingVersion()).isEmpty();
            assertThat(study.getModeratorMessage()).contains("Not this one");
        });
        assertThat(jdbc.queryForObject("select count(*) from case_study_version where case_study_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void thePublishedListFiltersOnThePublishedVersionAndLeavesOutArchivedOnes() {
        Theme theme = Theme.STUDENTS_AND_LEARNERS;
        long shown = publish(content("Shown " + UUID.randomUUID(), theme));
        long archived = publish(content("Archived", theme));
        inTransaction(archived, study -> study.archive(Instant.now()));
        long otherTheme = publish(content("Other theme", Theme.INVESTIGATION));

        var found = caseStudies.findPublished(HarmStructure.COLLEAGUE_TO_COLLEAGUE, OrganisationType.AMBULANCE_SERVICE,
                theme, 6, LocalDate.now().withDayOfYear(1), LocalDate.now().plusYears(1).withDayOfYear(1),
                PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "firstPublishedOn")));

        assertThat(found.getContent()).extracting(CaseStudy::getId).contains(shown)
                .doesNotContain(archived, otherTheme);
        assertThat(caseStudies.isPublished(archived)).isFalse();
        assertThat(caseStudies.findPublished(null, null, null, null, null, null,
                PageRequest.of(0, 10, Sort.by("v.title"))).getTotalElements()).isGreaterThanOrEqualTo(2);
    }

    private long publish(CaseStudyContent content) {
        long id = newCaseStudy(content);
        inTransaction(id, study -> study.submit(content, Instant.now()));
        inTransaction(id, study -> study.publish(LocalDate.now(), Instant.now()));
        return id;
    }

    private long newCaseStudy(CaseStudyContent content) {
        return transaction.execute(status -> {
            CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(author(), Instant.now()));
            study.writeDraft(content, Instant.now());
            caseStudies.flush();
            return study.getId();
        });
    }

    private void inTransaction(long id, java.util.function.Consumer<CaseStudy> change) {
        transaction.executeWithoutResult(status -> change.accept(caseStudies.findById(id).orElseThrow()));
    }

    private static CaseStudyContent content(String title, Theme theme) {
        return new CaseStudyContent(title, "Summary", new CaseStudyContent.Setting(
                OrganisationType.AMBULANCE_SERVICE, null), HarmStructure.COLLEAGUE_TO_COLLEAGUE,
                RaisedVia.BYPASS_ROUTE, "What happened", new CaseStudyContent.Response("Assessed", "A panel",
                Set.of(InterimMeasure.SUSPENSION), null, PoliceInvolvement.NOT_INVOLVED, null, "Support", null,
                null), "Outcome", "Learning", List.of("First question?", "Second question?"), Set.of(theme),
                Set.of(6, 9));
    }

    private long author() {
        return accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Author", null, "{bcrypt}hash",
                organisations.findAllByOrderByName().getFirst(), Set.of(Role.MEMBER), Instant.now())).getId();
    }
}
