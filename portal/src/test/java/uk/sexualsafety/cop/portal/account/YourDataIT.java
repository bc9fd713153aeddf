package uk.sexualsafety.cop.portal.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Download my data" on a real MariaDB: what the ZIP holds, what it never holds, and whose data it is. */
@IntegrationTest
class YourDataIT {

    @Autowired
    YourData yourData;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignInSessions signIns;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theCopyHoldsEverythingOfTheirsWithTheirFilesAndIsAudited() throws IOException {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER, Role.CONTRIBUTOR);
        TestAccounts.Credentials moderator = accounts.create(Role.MEMBER, Role.MODERATOR);
        Contributions.Made mine = new Contributions(context).by(member.accountId(), moderator.accountId());
        Contributions.Made someoneElses = new Contributions(context).by(accounts.create(Role.MEMBER).accountId(),
                moderator.accountId());
        String signInId = signIns.start(member.accountId(), "Firefox on Linux").id();
        signedIn.as(member.accountId());

        Map<String, byte[]> zip;
        Path file;
        try (DataExport export = yourData.export()) {
            file = export.file();
            assertThat(export.fileName()).matches("your-data-\\d{4}-\\d{2}-\\d{2}\\.zip");
            assertThat(export.size()).isEqualTo(Files.size(file));
            zip = ZipContents.of(export.file());
        }

        assertThat(file).as("the temporary copy is deleted once sent").doesNotExist();
        String text = new String(zip.get("your-data.json"), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("account").get(0).get("email").asString()).isEqualTo(member.email());
        assertThat(json.get("account").get(0).get("display_name").asString()).isEqualTo(member.displayName());
        assertThat(json.get("account").get(0).get("roles").asString()).isEqualTo("CONTRIBUTOR,MEMBER");
        assertThat(json.get("account").get(0).get("organisation").asString())
                .isEqualTo("London Ambulance Service NHS Trust");
        assertThat(values(json, "case_studies", "id")).contains(String.valueOf(mine.publishedCaseStudy()),
                String.valueOf(mine.draftCaseStudy()));
        assertThat(values(json, "case_study_versions", "title")).as("the published version, the revision, the draft")
                .contains("Published " + mine.word(), "Revised " + mine.word(), "Draft " + mine.word());
        assertThat(values(json, "comments", "body")).containsExactly("A comment of mine " + mine.word());
        assertThat(values(json, "stories_linked_to_you", "title")).containsExactly("Linked " + mine.word());
        assertThat(values(json, "policies", "title")).containsExactly("Policy " + mine.word());
        assertThat(values(json, "sign_ins", "device")).containsExactly("Firefox on Linux");
        assertThat(values(json, "moderation_steps_you_took", "action")).contains("SUBMITTED");
        assertThat(values(json, "audit_trail_as_actor", "action"))
                .contains("CASE_STUDY_SUBMITTED", "POLICY_SHARED", "COMMENT_ADDED");
        String inZip = json.get("policy_versions_you_uploaded").get(0).get("file_in_this_zip").asString();
        assertThat(inZip).isEqualTo("files/policy-version-" + jdbc.queryForObject(
                "select current_version_id from policy where id = ?", Long.class, mine.policy()) + "/Our policy.pdf");
        assertThat(zip.get(inZip)).as("the file they uploaded, byte for byte").isEqualTo(mine.policyFile());

        assertThat(text).as("an anonymous story is not theirs by design").doesNotContain("Anonymous " + mine.word())
                .as("nothing of anyone else's").doesNotContain(someoneElses.word())
                .as("never a sign-in's id").doesNotContain(signInId)
                .as("never a password hash").doesNotContain(jdbc.queryForObject(
                        "select password_hash from account where id = ?", String.class, member.accountId()));
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(member.accountId()))).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .contains(org.assertj.core.groups.Tuple.tuple("PERSONAL_DATA_EXPORTED", member.accountId()));
        signIns.end(signInId);
    }

    @Test
    void aCopyIsOnlyEverOfTheSignedInPersonsOwnData() throws IOException {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        TestAccounts.Credentials other = accounts.create(Role.MEMBER);
        signedIn.as(other.accountId());

        try (DataExport export = yourData.export()) {
            String text = new String(ZipContents.of(export.file()).get("your-data.json"), StandardCharsets.UTF_8);
            assertThat(text).contains(other.email()).doesNotContain(member.email());
        }
        signedIn.nobody();
        assertThatThrownBy(() -> yourData.export()).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
    }

    @Test
    void aCopyThatFailsHalfWayLeavesNothingToDownload() throws IOException {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        TestAccounts.Credentials moderator = accounts.create(Role.MEMBER, Role.MODERATOR);
        Contributions.Made mine = new Contributions(context).by(member.accountId(), moderator.accountId());
        // A stored file one part short: the copy fails after the JSON and part of the files are written.
        jdbc.update("update policy_version set file_size = file_size + 1 where policy_id = ?", mine.policy());
        List<Path> before = TemporaryExports.inTemporaryFolder();
        signedIn.as(member.accountId());

        assertThatThrownBy(() -> yourData.export()).isInstanceOf(IllegalStateException.class);

        assertThat(TemporaryExports.inTemporaryFolder()).isEqualTo(before);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(member.accountId()))).extracting(AuditEvent::getAction)
                .doesNotContain("PERSONAL_DATA_EXPORTED");
    }

    private static List<String> values(JsonNode json, String section, String field) {
        return StreamSupport.stream(json.get(section).spliterator(), false)
                .map(row -> row.get(field).isNull() ? null : row.get(field).asString()).toList();
    }
}
