package uk.sexualsafety.cop.portal.casestudy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.titleOnly;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.uniqueWord;

@IntegrationTest
class CaseStudyAuthoringIT {

    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CaseStudyLibrary library;
    @Autowired
    ItemModeration moderation;
    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    long author;
    long otherMember;
    long moderator;
    CaseStudySteps steps;

    @BeforeEach
    void people() {
        author = accounts.create(Role.MEMBER).accountId();
        otherMember = accounts.create(Role.MEMBER).accountId();
        moderator = accounts.create(Role.MODERATOR).accountId();
        steps = new CaseStudySteps(authoring, moderation, workflow, signedIn);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aDraftNeedsOnlyATitleAndIsSeenByItsAuthorAlone() {
        signedIn.as(author);
        CaseStudyForEditing draft = authoring.start(titleOnly("Half-written " + uniqueWord()));

        assertThat(draft.status()).isEqualTo(CaseStudyStatus.DRAFT);
        assertThat(authoring.mine()).extracting(OwnCaseStudy::id).contains(draft.id());
        CaseStudyForEditing saved = authoring.saveDraft(draft.ref(), caseStudy().titled("Now with more").draft());
        assertThat(authoring.open(draft.id()).draft().account()).isEqualTo(saved.draft().account()).isNotNull();

        signedIn.as(otherMember);
        assertThat(authoring.mine()).extracting(OwnCaseStudy::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> authoring.open(draft.id())).isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> library.read(draft.id())).isInstanceOf(CaseStudyNotFoundException.class);
        signedIn.as(moderator);
        assertThatThrownBy(() -> library.read(draft.id())).isInstanceOf(CaseStudyNotFoundException.class);
    }

    @Test
    void aDraftWithoutATitleIsRefusedWithAMessageNextToTheTitle() {
        signedIn.as(author);

        assertThatThrownBy(() -> authoring.start(titleOnly("   \u200B ")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("title", "Give the case study a title"));
    }

    @Test
    void sendingNeedsWhatReadersLearnFromAndNamesEachMissingField() {
        signedIn.as(author);

        assertThatThrownBy(() -> authoring.check(titleOnly("Only a title")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsKeys("summary", "organisationType", "harmStructure", "raisedVia", "account",
                                "riskAssessment", "policeInvolvement", "outcome", "learningPoints",
                                "reflectionQuestions", "themes")
                        .doesNotContainKey("title"));
        assertThatThrownBy(() -> authoring.submit(null, caseStudy().summarised(" ").draft(), AcceptedFindings.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("summary"));
    }

    @Test
    void everyTextIsCheckedAndOnlyTheReplacementsTheAuthorAcceptedAreAppliedOnTheServer() {
        signedIn.as(author);
        CaseStudyDraft draft = caseStudy().telling("Sarah Jones told her manager on the second night.")
                .asking("Why did Sarah Jones wait?", "What would you have done?").draft();

        CaseStudyCheck check = authoring.check(draft);

        FieldFindings account = text(check, "account");
        assertThat(account.findings()).extracting(Finding::replacement).contains("[name]");
        FieldFindings question = text(check, CaseStudyDraft.questionKey(1));
        assertThat(question.findings()).isNotEmpty();
        assertThat(check.texts()).extracting(FieldFindings::key).contains("title", "summary", "outcome",
                "learningPoints", CaseStudyDraft.questionKey(2));

        CaseStudyForEditing sent = authoring.submit(null, draft, new AcceptedFindings(Map.of(
                "account", account.findings())));

        assertThat(sent.status()).isEqualTo(CaseStudyStatus.IN_REVIEW);
        assertThat(sent.draft().account()).doesNotContain("Sarah").contains("[name]");
        assertThat(sent.draft().reflectionQuestions().getFirst()).as("a finding the author did not accept")
                .contains("Sarah Jones");
    }

    @Test
    void findingsThatDoNotBelongToTheTextSentAreRefusedAndNothingIsStored() {
        signedIn.as(author);
        String title = "Changed after checking " + uniqueWord();
        CaseStudyDraft checked = caseStudy().titled(title).telling("Sarah Jones told her manager.").draft();
        List<Finding> findings = text(authoring.check(checked), "account").findings();
        CaseStudyDraft edited = caseStudy().titled(title).telling("Later, Sarah told someone else.").draft();

        assertThatThrownBy(() -> authoring.submit(null, edited, new AcceptedFindings(Map.of("account",
                findings))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsKey("account"));
        assertThat(jdbc.queryForObject("select count(*) from case_study_version where title = ?", Integer.class,
                title)).isZero();
    }

    @Test
    void anotherMembersCaseStudyCannotBeChangedByCallingTheServiceDirectly() {
        signedIn.as(author);
        CaseStudyForEditing draft = authoring.start(caseStudy().draft());
        long published = steps.published(author, moderator, caseStudy().draft());
        long publishedVersion = versionOf(published);

        signedIn.as(otherMember);
        assertThatThrownBy(() -> authoring.saveDraft(draft.ref(), caseStudy().titled("Mine now")
                .draft())).isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> authoring.submit(draft.ref(), caseStudy().draft(),
                AcceptedFindings.NONE)).isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> authoring.deleteDraft(draft.ref()))
                .isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> authoring.saveDraft(new CaseStudyRef(published, publishedVersion),
                caseStudy().draft()))
                .isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> authoring.withdraw(new CaseStudyRef(published, publishedVersion)))
                .isInstanceOf(CaseStudyNotFoundException.class);
        assertThatThrownBy(() -> authoring.archive(new CaseStudyRef(published, publishedVersion)))
                .isInstanceOf(CaseStudyNotFoundException.class);

        signedIn.as(author);
        assertThat(authoring.open(draft.id()).draft().title()).isEqualTo(caseStudy().draft().title());
        assertThat(library.read(published).status()).isEqualTo(CaseStudyStatus.PUBLISHED);
    }

    @Test
    void visitorsAndPeopleWithoutMembershipCannotWriteOrReadCaseStudies() {
        long contributorOnly = accounts.create(Role.CONTRIBUTOR).accountId();
        long published = steps.published(author, moderator, caseStudy().draft());
        signedIn.nobody();

        assertThatThrownBy(() -> authoring.start(caseStudy().draft()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> library.read(published))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        signedIn.as(contributorOnly);
        assertThatThrownBy(() -> authoring.start(caseStudy().draft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.read(published)).isInstanceOf(AccessDeniedException.class);
        signedIn.as(moderator);
        assertThatThrownBy(() -> authoring.start(caseStudy().draft()))
                .as("moderators who are not members moderate but do not write")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeMadeMeanwhileInAnotherTabIsNotOverwritten() {
        signedIn.as(author);
        CaseStudyForEditing draft = authoring.start(titleOnly("Two tabs"));
        authoring.saveDraft(draft.ref(), titleOnly("First tab"));

        assertThatThrownBy(() -> authoring.saveDraft(draft.ref(), titleOnly("Second tab")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(authoring.open(draft.id()).draft().title()).isEqualTo("First tab");
    }

    @Test
    void aCaseStudyWaitingForModerationIsChangedOnlyBySendingItAgain() {
        CaseStudyForEditing sent = steps.submitted(author, caseStudy().draft());

        assertThatThrownBy(() -> authoring.saveDraft(sent.ref(), caseStudy().titled("Quietly")
                .draft())).isInstanceOf(ActionRefusedException.class).hasMessageContaining("waiting for moderation");
        CaseStudyForEditing again = authoring.submit(sent.ref(), caseStudy().titled("Better title")
                .draft(), AcceptedFindings.NONE);

        assertThat(again.draft().title()).isEqualTo("Better title");
        assertThat(steps.item(sent.id(), moderator).contentRevision()).isEqualTo(2);
    }

    @Test
    void aDraftIsDeletedButASentCaseStudyIsWithdrawnAndThenSeenByNobodyElse() {
        signedIn.as(author);
        CaseStudyForEditing draft = authoring.start(titleOnly("To delete"));
        authoring.deleteDraft(draft.ref());
        assertThat(authoring.mine()).extracting(OwnCaseStudy::id).doesNotContain(draft.id());

        long published = steps.published(author, moderator, caseStudy().draft());
        signedIn.as(author);
        assertThatThrownBy(() -> authoring.deleteDraft(new CaseStudyRef(published, versionOf(published))))
                .isInstanceOf(ActionRefusedException.class);
        CaseStudyForEditing withdrawn = authoring.withdraw(new CaseStudyRef(published, versionOf(published)));

        assertThat(withdrawn.status()).isEqualTo(CaseStudyStatus.WITHDRAWN);
        assertThat(library.isPublished(published)).isFalse();
        signedIn.as(moderator);
        assertThatThrownBy(() -> library.read(published)).isInstanceOf(CaseStudyNotFoundException.class);
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'case-study' and "
                + "target_id = ?", String.class, String.valueOf(published)))
                .contains("CASE_STUDY_SUBMITTED", "MODERATION_APPROVE", "MODERATION_WITHDRAW");
    }

    @Test
    void namingTheOrganisationUsesTheAuthorsOwnAndOtherwiseOnlyItsTypeIsKept() {
        signedIn.as(author);
        CaseStudyForEditing named = authoring.start(caseStudy().namingTheOrganisation().draft());
        CaseStudyForEditing unnamed = authoring.start(caseStudy().draft());

        assertThat(jdbc.queryForObject("select o.name from case_study_version v join organisation o on o.id = "
                + "v.organisation_id where v.case_study_id = ?", String.class, named.id()))
                .isEqualTo("London Ambulance Service NHS Trust");
        assertThat(jdbc.queryForObject("select organisation_id from case_study_version where case_study_id = ?",
                Long.class, unnamed.id())).isNull();
    }

    private long versionOf(long caseStudyId) {
        return jdbc.queryForObject("select version from case_study where id = ?", Long.class, caseStudyId);
    }

    private static FieldFindings text(CaseStudyCheck check, String key) {
        return check.texts().stream().filter(text -> text.key().equals(key)).findFirst().orElseThrow();
    }
}
