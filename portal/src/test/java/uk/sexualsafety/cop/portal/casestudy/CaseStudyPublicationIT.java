package uk.sexualsafety.cop.portal.casestudy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.HistoryLine;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.moderation.ItemUnderReview;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.uniqueWord;

@IntegrationTest
class CaseStudyPublicationIT {

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
    long member;
    long moderator;
    CaseStudySteps steps;

    @BeforeEach
    void people() {
        author = accounts.create(Role.MEMBER).accountId();
        member = accounts.create(Role.MEMBER).accountId();
        moderator = accounts.create(Role.MODERATOR).accountId();
        steps = new CaseStudySteps(authoring, moderation, workflow, signedIn);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void nothingIsPublishedBeforeAModeratorApprovesAndOneApprovalPublishesVersionOne() {
        String title = "Bystanders on station " + uniqueWord();
        long id = steps.submitted(author, caseStudy().titled(title).draft()).id();

        signedIn.as(member);
        assertThat(library.isPublished(id)).isFalse();
        assertThatThrownBy(() -> library.read(id)).isInstanceOf(CaseStudyNotFoundException.class);
        assertThat(listed(CaseStudyFilter.NONE)).doesNotContain(id);

        ItemReview approved = steps.approve(id, moderator);

        assertThat(approved.status()).isEqualTo(ModerationStatus.PUBLISHED);
        assertThat(approved.approvalsRequired()).isEqualTo(1);
        signedIn.as(member);
        CaseStudyReading reading = library.read(id);
        assertThat(reading.title()).isEqualTo(title);
        assertThat(reading.versionNumber()).isEqualTo(1);
        assertThat(reading.firstPublishedOn()).isEqualTo(LocalDate.now());
        assertThat(reading.mayCompare()).isFalse();
        assertThat(reading.mayRevise()).isFalse();
        assertThat(listed(CaseStudyFilter.NONE)).contains(id);
    }

    @Test
    void theReadingViewFollowsTheLearningOrderAndShowsCommitmentsByTheirShortTitles() {
        long id = steps.published(author, moderator, caseStudy().commitments(4, 8).draft());
        signedIn.as(member);

        CaseStudyReading reading = library.read(id);

        assertThat(reading.fields()).extracting(ShownField::section).isSorted();
        assertThat(reading.fields()).extracting(ShownField::key).containsSubsequence("summary", "setting",
                "harmStructure", "raisedVia", "account", "riskAssessment", "reviewGroup", "interimMeasures",
                "policeInvolvement", "supportPersonHarmed", "outcome", "learningPoints", "reflectionQuestions");
        assertThat(field(reading, "charterCommitments").items()).containsExactly(
                "4. Support for those affected", "8. Reporting mechanisms");
        assertThat(field(reading, "reflectionQuestions").items()).containsExactly(
                "1. What would have helped her speak up sooner?");
    }

    @Test
    void moderatorsSeeTheVersionThatWasSentNeverARevisionItsAuthorHasNotSent() {
        String sent = uniqueWord();
        String unsent = uniqueWord();
        long id = steps.published(author, moderator, caseStudy().titled("Sent " + sent).telling("What was sent: "
                + sent + ".").draft());
        signedIn.as(author);
        authoring.saveDraft(new CaseStudyRef(id, authoring.open(id).version()), caseStudy().titled("Unsent " + unsent)
                .telling("Still being written: " + unsent + ".").draft());

        ItemUnderReview review = moderation.review(steps.item(id, moderator).itemId());

        assertThat(review.title()).isEqualTo("Sent " + sent);
        assertThat(review.texts()).extracting(FieldFindings::text).anyMatch(text -> text.contains(sent))
                .noneMatch(text -> text.contains(unsent));
        assertThat(review.facts()).noneMatch(fact -> fact.contains(unsent));
        signedIn.as(author);
        assertThat(authoring.open(id).draft().title()).as("the author still has their draft")
                .isEqualTo("Unsent " + unsent);
    }

    @Test
    void aWithdrawnCaseStudysItemShowsItsStatusAndHistoryButNeverItsText() {
        long id = steps.published(author, moderator, caseStudy().draft());
        signedIn.as(author);
        authoring.withdraw(new CaseStudyRef(id, authoring.open(id).version()));

        ItemUnderReview review = moderation.review(steps.item(id, moderator).itemId());

        assertThat(review.item().status()).isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(review.item().history()).extracting(HistoryLine::action).contains("SUBMITTED", "APPROVE",
                "WITHDRAW");
        assertThat(review.textShown()).isFalse();
        assertThat(review.title()).isNull();
        assertThat(review.texts()).isEmpty();
        assertThat(review.facts()).isEmpty();
    }

    @Test
    void aModeratorCannotApproveACaseStudyTheyWrote() {
        long moderatingAuthor = accounts.create(Role.MEMBER, Role.MODERATOR).accountId();
        long id = steps.submitted(moderatingAuthor, caseStudy().draft()).id();

        ItemReview item = steps.item(id, moderatingAuthor);

        assertThat(item.may(ModerationAction.APPROVE)).isFalse();
        assertThatThrownBy(() -> moderation.decide(item.ref(), ModerationAction.APPROVE, Decision.NONE))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("your own contribution");
    }

    @Test
    void aRevisionIsReviewedWhileMembersReadVersionOneAndItsApprovalPublishesVersionTwo() {
        String word = uniqueWord();
        long id = steps.published(author, moderator, caseStudy().titled("First " + word).draft());

        CaseStudyForEditing revision = steps.revised(author, id, caseStudy().titled("Second " + word)
                .withOutcome("The outcome, as it turned out.").draft());
        assertThat(revision.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(revision.revisionStatus()).isEqualTo(RevisionStatus.IN_REVIEW);

        signedIn.as(member);
        assertThat(library.read(id).title()).isEqualTo("First " + word);
        assertThat(library.read(id).revisionStatus()).as("the revision is the author's business").isNull();
        signedIn.as(author);
        assertThat(library.read(id).revisionStatus()).isEqualTo(RevisionStatus.IN_REVIEW);
        assertThat(library.read(id).mayRevise()).isFalse();

        steps.approve(id, moderator);

        signedIn.as(member);
        CaseStudyReading reading = library.read(id);
        assertThat(reading.title()).isEqualTo("Second " + word);
        assertThat(reading.versionNumber()).isEqualTo(2);
        assertThat(reading.versions()).extracting(VersionEntry::number).containsExactly(1, 2);
        assertThat(listed(CaseStudyFilter.NONE)).containsOnlyOnce(id);
    }

    @Test
    void theAuthorAndModeratorsCompareTwoVersionsFieldByFieldAndOtherMembersCannot() {
        long id = steps.published(author, moderator, caseStudy().titled("Before").draft());
        steps.revised(author, id, caseStudy().titled("After").withOutcome("A different outcome.").draft());
        steps.approve(id, moderator);

        signedIn.as(author);
        VersionComparison comparison = library.compare(id, 1, 2);
        assertThat(comparison.fields()).filteredOn(FieldComparison::changed).extracting(FieldComparison::key)
                .containsExactly("title", "outcome");
        assertThat(comparison.fields()).filteredOn(f -> f.key().equals("title")).singleElement()
                .satisfies(f -> {
                    assertThat(f.fromText()).isEqualTo("Before");
                    assertThat(f.toText()).isEqualTo("After");
                });
        assertThat(library.read(id).mayCompare()).isTrue();

        signedIn.as(moderator);
        assertThat(library.compare(id, 2, 1).fields()).filteredOn(FieldComparison::changed).hasSize(2);

        signedIn.as(member);
        assertThatThrownBy(() -> library.compare(id, 1, 2)).isInstanceOf(CaseStudyNotFoundException.class);
        signedIn.as(author);
        assertThatThrownBy(() -> library.compare(id, 1, 3)).isInstanceOf(CaseStudyNotFoundException.class);
    }

    @Test
    void theModeratorReviewsEveryTextWithFindingsAndAnAcceptedFindingReplacesTheName() {
        long id = steps.submitted(author, caseStudy().telling("Sarah Jones raised it with the guardian.").draft())
                .id();
        ItemReview item = steps.item(id, moderator);

        ItemUnderReview review = moderation.review(item.itemId());

        assertThat(review.typeLabel()).isEqualTo("Case study");
        assertThat(review.facts()).anyMatch(fact -> fact.startsWith("Structure of harm: Colleague to colleague"))
                .anyMatch(fact -> fact.startsWith("Sexual Safety Charter commitments: 4. Support"));
        FieldFindings account = review.texts().stream().filter(t -> t.key().equals("account")).findFirst()
                .orElseThrow();
        assertThat(account.findings()).isNotEmpty();
        assertThat(review.texts()).extracting(FieldFindings::key).contains("title", "summary", "riskAssessment",
                "outcome", "learningPoints", CaseStudyDraft.questionKey(1));

        ItemUnderReview edited = moderation.edit(item.ref(),
                new AcceptedFindings(Map.of("account", account.findings())), Set.of());

        assertThat(edited.texts()).filteredOn(t -> t.key().equals("account")).singleElement()
                .satisfies(t -> assertThat(t.text()).doesNotContain("Sarah Jones"));
        assertThat(edited.item().contentRevision()).isEqualTo(item.contentRevision() + 1);
    }

    @Test
    void changesAskedForReachTheAuthorWhoSendsItAgain() {
        long id = steps.submitted(author, caseStudy().draft()).id();

        steps.decide(id, moderator, ModerationAction.REQUEST_CHANGES, Decision.message("Say more about support."));

        signedIn.as(author);
        CaseStudyForEditing asked = authoring.open(id);
        assertThat(asked.status()).isEqualTo(CaseStudyStatus.CHANGES_REQUESTED);
        assertThat(asked.moderatorMessage()).isEqualTo("Say more about support.");
        assertThat(asked.maySaveDraft()).isTrue();
        CaseStudyForEditing resent = authoring.submit(new CaseStudyRef(id, asked.version()), caseStudy().draft(),
                AcceptedFindings.NONE);
        assertThat(resent.status()).isEqualTo(CaseStudyStatus.IN_REVIEW);
        assertThat(resent.moderatorMessage()).isNull();
    }

    @Test
    void aRejectedRevisionIsDroppedThePublishedVersionStaysAndTheAuthorMaySendAnother() {
        String word = uniqueWord();
        long id = steps.published(author, moderator, caseStudy().titled("Kept " + word).draft());
        steps.revised(author, id, caseStudy().titled("Refused " + word).draft());

        steps.decide(id, moderator, ModerationAction.REJECT,
                new Decision(workflow.rejectionReasons().getFirst(), "This revision names a station."));

        signedIn.as(author);
        CaseStudyForEditing after = authoring.open(id);
        assertThat(after.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
        assertThat(after.revisionStatus()).isNull();
        assertThat(after.moderatorMessage()).contains("This revision names a station.");
        assertThat(after.draft().title()).isEqualTo("Kept " + word);
        signedIn.as(member);
        assertThat(library.read(id).title()).isEqualTo("Kept " + word);

        steps.revised(author, id, caseStudy().titled("Another try " + word).draft());
        steps.approve(id, moderator);
        signedIn.as(member);
        assertThat(library.read(id).versionNumber()).isEqualTo(2);
    }

    @Test
    void aRejectedFirstVersionIsNeverPublishedAndCannotBeSentAgain() {
        long id = steps.submitted(author, caseStudy().draft()).id();

        steps.decide(id, moderator, ModerationAction.REJECT, new Decision(workflow.rejectionReasons().getFirst(),
                null));

        signedIn.as(author);
        CaseStudyForEditing rejected = authoring.open(id);
        assertThat(rejected.status()).isEqualTo(CaseStudyStatus.REJECTED);
        assertThat(rejected.maySubmit()).isFalse();
        assertThatThrownBy(() -> authoring.submit(new CaseStudyRef(id, rejected.version()), caseStudy().draft(),
                AcceptedFindings.NONE)).isInstanceOf(ActionRefusedException.class);
        assertThat(library.isPublished(id)).isFalse();
    }

    @Test
    void anArchivedCaseStudyIsNeitherListedNorReadByMembersButKeptForItsAuthorAndModerators() {
        long byAuthor = steps.published(author, moderator, caseStudy().draft());
        long byModerator = steps.published(author, moderator, caseStudy().draft());

        signedIn.as(author);
        authoring.archive(new CaseStudyRef(byAuthor, library.read(byAuthor).version()));
        signedIn.as(moderator);
        authoring.archive(new CaseStudyRef(byModerator, library.read(byModerator).version()));

        signedIn.as(member);
        assertThat(listed(CaseStudyFilter.NONE)).doesNotContain(byAuthor, byModerator);
        assertThatThrownBy(() -> library.read(byAuthor)).isInstanceOf(CaseStudyNotFoundException.class);
        assertThat(library.isPublished(byModerator)).isFalse();
        signedIn.as(author);
        assertThat(library.read(byModerator).status()).isEqualTo(CaseStudyStatus.ARCHIVED);
        assertThat(authoring.mine()).filteredOn(own -> own.id() == byAuthor).singleElement()
                .satisfies(own -> assertThat(own.mayEdit()).isFalse());
        assertThatThrownBy(() -> steps.revised(author, byAuthor, caseStudy().draft()))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void aCaseStudyWhoseRevisionWaitsForModerationCannotBeArchivedUntilItIsDecided() {
        long id = steps.published(author, moderator, caseStudy().draft());
        steps.revised(author, id, caseStudy().titled("Pending").draft());

        signedIn.as(moderator);
        assertThatThrownBy(() -> authoring.archive(new CaseStudyRef(id, library.read(id).version())))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("waiting for moderation");
    }

    @Test
    void theListIsFilteredByThemeHarmOrganisationTypeCommitmentAndYear() {
        long match = steps.published(author, moderator, caseStudy().themes(Theme.THIRD_PARTY_HARASSMENT)
                .harm(HarmStructure.PUBLIC_TO_COLLEAGUE).at(OrganisationType.MENTAL_HEALTH_TRUST).commitments(10)
                .draft());
        long otherHarm = steps.published(author, moderator, caseStudy().themes(Theme.THIRD_PARTY_HARASSMENT)
                .harm(HarmStructure.COLLEAGUE_TO_PATIENT).at(OrganisationType.MENTAL_HEALTH_TRUST).commitments(10)
                .draft());
        int thisYear = LocalDate.now().getYear();
        signedIn.as(member);

        assertThat(listed(new CaseStudyFilter(Theme.THIRD_PARTY_HARASSMENT, HarmStructure.PUBLIC_TO_COLLEAGUE,
                OrganisationType.MENTAL_HEALTH_TRUST, 10, thisYear))).contains(match).doesNotContain(otherHarm);
        assertThat(listed(new CaseStudyFilter(Theme.COUNTER_CLAIMS, null, null, null, null)))
                .doesNotContain(match, otherHarm);
        assertThat(listed(new CaseStudyFilter(null, null, OrganisationType.ACUTE_TRUST, null, null)))
                .doesNotContain(match, otherHarm);
        assertThat(listed(new CaseStudyFilter(null, null, null, 3, null))).doesNotContain(match);
        assertThat(listed(new CaseStudyFilter(null, null, null, null, thisYear - 1))).doesNotContain(match);
        assertThat(library.publicationYears()).contains(thisYear);
    }

    @Test
    void theListSortsNewestOldestAndByTitle() {
        String word = uniqueWord();
        long b = steps.published(author, moderator, caseStudy().titled("B " + word).draft());
        long a = steps.published(author, moderator, caseStudy().titled("A " + word).draft());
        signedIn.as(member);

        var newest = library.published(CaseStudyFilter.NONE, CaseStudyOrder.NEWEST, 0, 100).getContent().stream()
                .map(CaseStudySummary::id).filter(id -> id == a || id == b).toList();
        var byTitle = library.published(CaseStudyFilter.NONE, CaseStudyOrder.TITLE, 0, 100).getContent().stream()
                .map(CaseStudySummary::id).filter(id -> id == a || id == b).toList();
        var oldest = library.published(CaseStudyFilter.NONE, CaseStudyOrder.OLDEST, 0, 100);

        assertThat(newest).containsExactly(a, b);
        assertThat(byTitle).containsExactly(a, b);
        assertThat(oldest.getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(oldest.getContent()).extracting(CaseStudySummary::firstPublishedOn).isSorted();
    }

    private java.util.List<Long> listed(CaseStudyFilter filter) {
        return library.published(filter, CaseStudyOrder.NEWEST, 0, 100).getContent().stream()
                .map(CaseStudySummary::id).toList();
    }

    private static ShownField field(CaseStudyReading reading, String key) {
        return reading.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
