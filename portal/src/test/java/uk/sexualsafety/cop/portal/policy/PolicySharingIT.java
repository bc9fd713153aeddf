package uk.sexualsafety.cop.portal.policy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.policy.PolicyFilePart;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.policy.PolicyTestData.policy;

/** Sharing policies on a real MariaDB: versions, files, who may change what, and bad files that leave nothing. */
@IntegrationTest
class PolicySharingIT {

    @Autowired
    PolicySharing sharing;
    @Autowired
    PolicyLibrary library;
    @Autowired
    PolicyFiles files;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRepository organisationRepository;
    @Autowired
    IcbRepository icbs;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    PolicyOrganisations organisations;
    long ours;
    long ourMember;
    long otherMember;

    @BeforeEach
    void twoOrganisations() {
        organisations = new PolicyOrganisations(organisationRepository, icbs, accounts, transaction);
        ours = organisations.trustInIcb("QWO");
        ourMember = organisations.memberOf(ours).accountId();
        otherMember = organisations.memberOf(organisations.trustInIcb("QOP")).accountId();
        signedIn.as(ourMember);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aMemberSharesTheirOrganisationsPolicyAndAnyMemberReadsItsTextAndDetails() {
        LocalDate effective = LocalDate.now().minusMonths(3);
        long id = sharing.share(policy().titled("Sexual safety at work").ofType(PolicyType.SEXUAL_SAFETY)
                .version("2.1", effective, effective.plusYears(2)).addressing(6, 1, 8)
                .summarised("  What we expect of everyone, and how to raise a concern.  ")
                .withText("Our policy", "We act on every report within five working days.").form());

        signedIn.as(otherMember);
        PolicyPage page = library.policy(id);

        assertThat(page.title()).isEqualTo("Sexual safety at work");
        assertThat(page.type()).isEqualTo(PolicyType.SEXUAL_SAFETY);
        assertThat(page.summary()).isEqualTo("What we expect of everyone, and how to raise a concern.");
        assertThat(page.organisationName()).isEqualTo(organisations.nameOf(ours));
        assertThat(page.commitments()).extracting(CommitmentOption::number).containsExactly(1, 6, 8);
        assertThat(page.commitments().getFirst().label()).isEqualTo("1. Eradicate harassment and abuse");
        assertThat(page.versionLabel()).isEqualTo("2.1");
        assertThat(page.effectiveOn()).isEqualTo(effective);
        assertThat(page.reviewOverdue()).isFalse();
        assertThat(page.paragraphs()).containsExactly("Our policy",
                "We act on every report within five working days.");
        assertThat(page.adaptable()).isTrue();
        assertThat(page.mayChange()).as("another organisation's member").isFalse();
        assertThat(page.versions()).singleElement().satisfies(version -> {
            assertThat(version.formatLabel()).isEqualTo("PDF");
            assertThat(version.fileName()).isEqualTo("policy.pdf");
            assertThat(version.current()).isTrue();
        });
        signedIn.as(ourMember);
        assertThat(library.policy(id).mayChange()).isTrue();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("policy", String.valueOf(id)))
                .extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("POLICY_SHARED", ourMember));
    }

    @Test
    void aNewVersionBecomesTheDefaultAndEveryVersionStaysDownloadable() throws IOException {
        byte[] first = TestDocuments.pdf("The first version.");
        long id = sharing.share(policy().withFile("Policy 2024.pdf", first).form());
        long expected = library.policy(id).version();
        byte[] second = TestDocuments.docx("The second version, rewritten in plain English.");

        int number = sharing.addVersion(new PolicyRef(id, expected), policy().titled("Renamed policy")
                .version("2.0", LocalDate.now(), LocalDate.now().plusYears(3))
                .withFile("Policy 2026.docx", second).form());

        PolicyPage page = library.policy(id);
        assertThat(number).isEqualTo(2);
        assertThat(page.title()).isEqualTo("Renamed policy");
        assertThat(page.versionLabel()).isEqualTo("2.0");
        assertThat(page.text()).isEqualTo("The second version, rewritten in plain English.");
        assertThat(page.versions()).extracting(VersionSummary::number, VersionSummary::fileName,
                        VersionSummary::formatLabel, VersionSummary::current)
                .containsExactly(tuple(2, "Policy 2026.docx", "Word document", true),
                        tuple(1, "Policy 2024.pdf", "PDF", false));
        assertThat(download(page.versions().get(1).id())).isEqualTo(first);
        assertThat(download(page.versions().get(0).id())).isEqualTo(second);
        PolicyDownload latest = files.open(page.currentVersion().id());
        assertThat(latest.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(latest.fileName()).isEqualTo("Policy 2026.docx");
        assertThat(latest.size()).isEqualTo(second.length);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'POLICY_FILE_DOWNLOADED' "
                        + "and target_type = 'policy_version' and target_id = ? and actor_id = ?", Integer.class,
                String.valueOf(page.currentVersion().id()), ourMember)).as("each download is audited").isEqualTo(2);
    }

    @Test
    void aFileLargerThanOnePartComesBackWhole() throws IOException {
        // Random bytes make an archive that does not compress: several parts in the database.
        byte[] large = TestDocuments.docxPadded(3);
        assertThat(large.length).isGreaterThan(2 * PolicyFilePart.PART_SIZE);

        long id = sharing.share(policy().withFile("large.docx", large).form());

        long versionId = library.policy(id).currentVersion().id();
        assertThat(jdbc.queryForObject("select count(*) from policy_file_part where version_id = ?", Integer.class,
                versionId)).isEqualTo((large.length + PolicyFilePart.PART_SIZE - 1) / PolicyFilePart.PART_SIZE);
        assertThat(download(versionId)).isEqualTo(large);
    }

    @Test
    void anotherOrganisationsMemberCannotChangeAPolicyWhateverTheyCallAndIsToldWhatAnUnknownIdTells() {
        long id = sharing.share(policy().titled("Ours").form());
        long version = library.policy(id).version();
        signedIn.as(otherMember);
        String noSuchPolicy = PolicyNotFoundException.notYoursToChange().getMessage();

        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, version), policy().withText("Theirs").form()))
                .isInstanceOf(PolicyNotFoundException.class).hasMessage(noSuchPolicy);
        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(Long.MAX_VALUE, version),
                policy().withText("Theirs").form()))
                .isInstanceOf(PolicyNotFoundException.class).hasMessage(noSuchPolicy);
        // Refused before the file is read: even a zip bomb costs nothing.
        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, version), policy().withFile("bomb.docx",
                TestDocuments.docxBomb(10)).form()))
                .isInstanceOf(PolicyNotFoundException.class);
        assertThatThrownBy(() -> sharing.changeDetails(new PolicyRef(id, version), policy().titled("Theirs").details()))
                .isInstanceOf(PolicyNotFoundException.class).hasMessage(noSuchPolicy);
        assertThatThrownBy(() -> sharing.withdraw(new PolicyRef(id,
                version))).isInstanceOf(PolicyNotFoundException.class)
                .hasMessage(noSuchPolicy);

        PolicyPage unchanged = library.policy(id);
        assertThat(unchanged.title()).isEqualTo("Ours");
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.versions()).hasSize(1);
    }

    @Test
    void aMemberWithoutAnOrganisationCannotShare() {
        long withoutOrganisation = transaction.execute(status -> {
            long id = accounts.create(Role.MEMBER).accountId();
            jdbc.update("update account set organisation_id = null where id = ?", id);
            return id;
        });
        signedIn.as(withoutOrganisation);

        assertThatThrownBy(() -> sharing.share(policy().form())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("belongs to no organisation");
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("a renamed executable", "policy.pdf", TestDocuments.executable(),
                        "whatever its name says"),
                Arguments.of("a zip bomb", "policy.docx", TestDocuments.docxBomb(10), "would unpack to far more"),
                Arguments.of("a password-protected PDF", "policy.pdf",
                        TestDocuments.passwordProtectedPdf("secret", "Hidden"), "protected by a password"),
                Arguments.of("a truncated PDF", "policy.pdf",
                        TestDocuments.truncated(TestDocuments.pdf("Cut short"), 0.5), "damaged or incomplete"),
                Arguments.of("a corrupt PDF", "policy.pdf", TestDocuments.brokenPdf(), "damaged or incomplete"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileGetsAMessageOnTheFileAndNothingIsStored(String what, String name, byte[] file, String message) {
        String title = "Hostile " + what + " " + System.nanoTime();

        assertThatThrownBy(() -> sharing.share(policy().titled(title).withFile(name, file).form()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).containsOnlyKeys("file");
                    assertThat(invalid.problems().get("file")).contains(message);
                });

        assertThat(jdbc.queryForObject("select count(*) from policy where title = ?", Integer.class, title))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from policy where organisation_id = ?", Integer.class,
                ours)).isZero();
    }

    @Test
    void aHostileNewVersionLeavesThePolicyAsItWas() {
        long id = sharing.share(policy().withText("The good version.").form());
        long version = library.policy(id).version();

        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, version), policy().withFile("policy.docx",
                TestDocuments.docxBomb(10)).form()))
                .isInstanceOf(InvalidInputException.class);

        PolicyPage page = library.policy(id);
        assertThat(page.versions()).hasSize(1);
        assertThat(page.text()).isEqualTo("The good version.");
        assertThat(jdbc.queryForObject("select count(*) from policy_version where policy_id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void aReviewDateBeforeTheEffectiveDateAndMissingFieldsAreRefusedWithMessagesAndNothingIsStored() {
        LocalDate effective = LocalDate.now().minusMonths(1);

        assertThatThrownBy(() -> sharing.share(policy().titled(" ").ofType(null)
                .version("1", effective, effective.minusDays(1)).form()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("title", "Enter the policy's title",
                                "type", "Choose what kind of policy this is",
                                "reviewDueOn", "The next review cannot be before the date this version takes effect ("
                                        + PolicyDates.format(effective) + ")")));
        assertThat(jdbc.queryForObject("select count(*) from policy where organisation_id = ?", Integer.class,
                ours)).isZero();
    }

    @Test
    void theSameFileAsTheCurrentVersionIsNotANewVersion() {
        byte[] file = TestDocuments.pdf("Unchanged.");
        long id = sharing.share(policy().withFile("a.pdf", file).form());

        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, library.policy(id).version()),
                policy().withFile("renamed.pdf", file).form()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("file", "This file is the same as the current version. Choose the new "
                                + "version's file."));
    }

    @Test
    void aChangeFromAStaleScreenIsRefusedSoThatNothingIsLostQuietly() {
        long id = sharing.share(policy().form());
        long seen = library.policy(id).version();
        sharing.changeDetails(new PolicyRef(id, seen), policy().titled("First change").details());

        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, seen), policy().withText("Later").form()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> sharing.withdraw(new PolicyRef(id,
                seen))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(library.policy(id).title()).isEqualTo("First change");
    }

    @Test
    void recordingAReviewMovesTheNextReviewDateAndClearsOverdue() {
        LocalDate effective = LocalDate.now().minusYears(3);
        long id = sharing.share(policy().version("1", effective, LocalDate.now().minusDays(1)).form());
        PolicyPage overdue = library.policy(id);
        assertThat(overdue.reviewOverdue()).isTrue();

        sharing.changeDetails(new PolicyRef(id, overdue.version()),
                policy().reviewDueOn(LocalDate.now().plusYears(1)).details());

        PolicyPage reviewed = library.policy(id);
        assertThat(reviewed.reviewOverdue()).isFalse();
        assertThat(reviewed.reviewDueOn()).isEqualTo(LocalDate.now().plusYears(1));
        assertThat(reviewed.versions()).hasSize(1);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("policy", String.valueOf(id)))
                .extracting(AuditEvent::getAction)
                .containsExactly("POLICY_SHARED", "POLICY_DETAILS_CHANGED", "POLICY_REVIEW_RECORDED");
    }

    @Test
    void aWithdrawnPolicyLeavesTheLibraryAndItsFilesCannotBeDownloaded() {
        long id = sharing.share(policy().form());
        PolicyPage page = library.policy(id);

        sharing.withdraw(new PolicyRef(id, page.version()));

        assertThat(library.browse(new PolicyFilter(null, ours, null, null, null, false), 0, 50)).isEmpty();
        assertThatThrownBy(() -> library.policy(id)).isInstanceOf(PolicyNotFoundException.class);
        assertThatThrownBy(() -> files.open(page.currentVersion().id())).isInstanceOf(PolicyNotFoundException.class);
        assertThatThrownBy(() -> sharing.addVersion(new PolicyRef(id, page.version() + 1), policy().form()))
                .isInstanceOf(PolicyNotFoundException.class);
    }

    @Test
    void theLibraryFiltersByTypeOrganisationNationIcbCommitmentAndOverdue() {
        long overdue = sharing.share(policy().titled("Overdue").ofType(PolicyType.DISCIPLINARY).addressing(9)
                .version("1", LocalDate.now().minusYears(4), LocalDate.now().minusDays(1)).form());
        long current = sharing.share(policy().titled("Current").ofType(PolicyType.SPEAKING_UP).addressing(8)
                .form());
        long welsh = organisations.healthBoardIn(uk.sexualsafety.cop.db.organisation.Nation.WALES);
        signedIn.as(organisations.memberOf(welsh).accountId());
        long inWales = sharing.share(policy().titled("Welsh").ofType(PolicyType.DISCIPLINARY).form());

        assertThat(ids(new PolicyFilter(null, ours, null, null, null, false))).containsExactly(current, overdue);
        assertThat(ids(new PolicyFilter(PolicyType.DISCIPLINARY, ours, null, null, null, false)))
                .containsExactly(overdue);
        assertThat(ids(new PolicyFilter(null, ours, null, null, 8, false))).containsExactly(current);
        assertThat(ids(new PolicyFilter(null, ours, null, null, null, true))).containsExactly(overdue);
        assertThat(ids(new PolicyFilter(null, null, null, organisations.icbId("QWO"), null, false)))
                .contains(current, overdue).doesNotContain(inWales);
        assertThat(ids(new PolicyFilter(PolicyType.DISCIPLINARY, null,
                uk.sexualsafety.cop.db.organisation.Nation.WALES, null, null, false)))
                .contains(inWales).doesNotContain(overdue);
        assertThat(library.count(new PolicyFilter(null, ours, null, null, null, false))).isEqualTo(2);
        assertThat(library.browse(new PolicyFilter(null, ours, null, null, null, true), 0, 10))
                .singleElement().satisfies(summary -> assertThat(summary.reviewOverdue()).isTrue());
    }

    @Test
    void theCoverageMatrixShowsWhatEachOrganisationsActivePoliciesAddress() {
        sharing.share(policy().addressing(2, 5).form());
        long withdrawn = sharing.share(policy().addressing(7).form());
        sharing.share(policy().addressing(5, 9).form());
        sharing.withdraw(new PolicyRef(withdrawn, library.policy(withdrawn).version()));

        CoverageMatrix matrix = library.coverage();

        assertThat(matrix.commitments()).hasSize(10);
        assertThat(matrix.rows()).filteredOn(row -> row.organisationId() == ours).singleElement()
                .satisfies(row -> assertThat(row.covered()).containsExactlyInAnyOrder(2, 5, 9));
    }

    @Test
    void anOldPolicySharedAsItStandsIsMarkedOverdueNotRefused() {
        long id = sharing.share(policy().version("2019", LocalDate.of(2019, 5, 1), LocalDate.of(2022, 5, 1))
                .form());

        assertThat(library.policy(id).reviewOverdue()).isTrue();
    }

    private java.util.List<Long> ids(PolicyFilter filter) {
        return library.browse(filter, 0, 100).stream().map(PolicySummary::id).toList();
    }

    private byte[] download(long versionId) throws IOException {
        try (InputStream in = files.open(versionId).content()) {
            return in.readAllBytes();
        }
    }

}
