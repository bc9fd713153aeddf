package uk.sexualsafety.cop.portal.moderation;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModeratedContentType;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.SpentSubmissionBudget;
import uk.sexualsafety.cop.portal.story.StorySubmissions;
import uk.sexualsafety.cop.portal.story.StoryThrottles;
import uk.sexualsafety.cop.portal.story.SubmissionsPausedException;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;

/**
 * Moderators' emails through a real SMTP server (GreenMail, in this JVM). Every test shares this class's application
 * context (its own, for the mail settings). The database is shared with the other tests, so assertions look only at
 * this test's moderators' mailboxes and its own items' links; a negative check ("no email") is followed by an urgent
 * submission whose email must arrive alone, so that it cannot pass merely because sending has become slower.
 */
@IntegrationTest
@Import(ModerationNotificationsIT.MailTestNotes.class)
class ModerationNotificationsIT {

    private static final String TYPE = "mail-test-note";
    private static final String TITLE = "Confidential title ";
    private static final String BASE_URL = "https://portal.test";
    private static final int SMTP_PORT = TestMailServer.freePort();
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private static final AtomicLong CONTENT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailServer.on(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.use(registry, SMTP_PORT, BASE_URL + "/");
        // Scheduling and ShedLock as in production, so that the digest's lock is real; its timer is off ("-").
        registry.add("portal.scheduling.enabled", () -> "true");
        registry.add("portal.moderation.digest-cron", () -> "-");
    }

    /** A content type of these tests only, whose titles and warnings must never reach an email. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MailTestNotes {

        @Bean
        ModeratedContentType mailTestNotes() {
            return new ModeratedContentType() {
                @Override
                public String name() {
                    return TYPE;
                }

                @Override
                public String label() {
                    return "Mail test note";
                }

                @Override
                public int approvalsRequired() {
                    return 2;
                }

                @Override
                public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
                }

                @Override
                public Map<Long, QueueDetails> describe(Collection<Long> contentIds) {
                    return contentIds.stream().collect(Collectors.toMap(Function.identity(),
                            id -> new QueueDetails(TITLE + id, List.of("Self-harm"))));
                }
            };
        }
    }

    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    ModerationNotifications notifications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    StoryThrottles storyThrottles;
    @Autowired
    StorySubmissions storySubmissions;

    Credentials moderator;
    Credentials otherModerator;
    Credentials contributor;

    @BeforeEach
    void peopleAndAnEmptyMailServer() throws FolderException {
        greenMail.purgeEmailFromAllMailboxes();
        moderator = accounts.create(Role.MODERATOR);
        otherModerator = accounts.create(Role.MEMBER, Role.MODERATOR);
        contributor = accounts.create(Role.MEMBER, Role.CONTRIBUTOR);
    }

    @AfterEach
    void removeTheItems() {
        // Other test contexts have no "mail-test-note" type: a queue or digest there would fail on these items.
        jdbc.update("delete from moderation_item where content_type = ?", TYPE);
    }

    @Test
    void anUrgentSubmissionEmailsEachActiveModeratorOnceWithALinkAndNoContent() throws Exception {
        long contentId = CONTENT_IDS.incrementAndGet();
        long itemId = submit(contentId, true).itemId();

        for (Credentials each : List.of(moderator, otherModerator)) {
            MimeMessage email = onlyEmailTo(each);
            assertThat(email.getSubject()).isEqualTo("Urgent item waiting for moderation");
            assertThat(email.getFrom()).extracting(Address::toString).containsExactly("no-reply@sexualsafety.example");
            assertThat(email.getAllRecipients()).extracting(Address::toString).containsExactly(each.email());
            assertThat(text(email)).contains("marked urgent", BASE_URL + "/moderation/" + itemId + "\n")
                    .doesNotContain(TITLE, "Self-harm", contributor.displayName(), contributor.email(),
                            "/moderation/" + itemId + "/");
        }
    }

    @Test
    void aSubmissionThatIsNotUrgentEmailsNobody() throws Exception {
        long calm = submit(CONTENT_IDS.incrementAndGet(), false).itemId();

        long urgent = submit(CONTENT_IDS.incrementAndGet(), true).itemId();

        assertThat(text(onlyEmailTo(moderator))).contains("/moderation/" + urgent + "\n")
                .doesNotContain("/moderation/" + calm + "\n");
    }

    @Test
    void suspendedModeratorsAndPeopleWhoDoNotModerateGetNothing() throws Exception {
        Credentials suspended = accounts.create(Role.MODERATOR);
        transaction.executeWithoutResult(status -> accountRepository.findById(suspended.accountId()).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));
        Credentials administrator = accounts.create(Role.MEMBER, Role.ADMINISTRATOR);

        submit(CONTENT_IDS.incrementAndGet(), true);

        assertThat(onlyEmailTo(moderator).getSubject()).isEqualTo("Urgent item waiting for moderation");
        assertThat(emailsTo(suspended)).isEmpty();
        assertThat(emailsTo(administrator)).isEmpty();
        assertThat(emailsTo(contributor)).isEmpty();
    }

    @Test
    void aSubmissionWhoseTransactionRollsBackEmailsNobody() throws Exception {
        long contentId = CONTENT_IDS.incrementAndGet();
        transaction.executeWithoutResult(status -> {
            workflow.submit(TYPE, contentId, contributor.accountId(), true);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from moderation_item where content_type = ? and content_id = ?",
                Integer.class, TYPE, contentId)).isZero();

        long marker = submit(CONTENT_IDS.incrementAndGet(), true).itemId();

        assertThat(text(onlyEmailTo(moderator))).contains("/moderation/" + marker + "\n");
    }

    @Test
    void moderatorsWorkingOnAnUrgentItemAreNotEmailedAgain() throws Exception {
        ItemReview item = submit(CONTENT_IDS.incrementAndGet(), true);
        ItemReview approved = workflow.perform(item.itemId(), ModerationAction.APPROVE, Decision.NONE,
                Actor.account(otherModerator.accountId()), item.version());
        workflow.perform(item.itemId(), ModerationAction.EDIT, Decision.NONE, Actor.account(moderator.accountId()),
                approved.version());

        long marker = submit(CONTENT_IDS.incrementAndGet(), true).itemId();

        assertThat(emailsTo(moderator)).extracting(ModerationNotificationsIT::text).satisfiesExactly(
                first -> assertThat(first).contains("/moderation/" + item.itemId() + "\n"),
                second -> assertThat(second).contains("/moderation/" + marker + "\n"));
    }

    @Test
    void anUrgentResubmissionAfterChangesWereAskedForEmailsModeratorsAgain() throws Exception {
        long contentId = CONTENT_IDS.incrementAndGet();
        ItemReview item = submit(contentId, false);
        workflow.perform(item.itemId(), ModerationAction.REQUEST_CHANGES, Decision.message("Please add detail"),
                Actor.account(moderator.accountId()), item.version());

        submit(contentId, true);

        assertThat(text(onlyEmailTo(otherModerator))).contains("/moderation/" + item.itemId() + "\n");
    }

    @Test
    void theDigestListsOverdueItemsWithTheirWaitAndUrgencyButNoTitles() throws Exception {
        long urgent = overdue(submit(CONTENT_IDS.incrementAndGet(), true).itemId(), Duration.ofDays(6));
        long calm = overdue(submit(CONTENT_IDS.incrementAndGet(), false).itemId(), Duration.ofDays(4));
        long recent = submit(CONTENT_IDS.incrementAndGet(), false).itemId();

        notifications.sendOverdueDigest();

        for (Credentials each : List.of(moderator, otherModerator)) {
            assertThat(digestsTo(each)).singleElement().satisfies(digest -> assertThat(text(digest))
                    .contains("- Mail test note, waiting 6 days, marked urgent: " + BASE_URL + "/moderation/"
                            + urgent + "\n")
                    .contains("- Mail test note, waiting 4 days: " + BASE_URL + "/moderation/" + calm + "\n")
                    .doesNotContain("/moderation/" + recent + "\n", TITLE, "Self-harm", contributor.displayName()));
        }
        assertThat(digestsTo(contributor)).isEmpty();
    }

    @Test
    void theDigestIsSkippedWhileAnotherNodeHoldsItsLock() throws Exception {
        long item = overdue(submit(CONTENT_IDS.incrementAndGet(), false).itemId(), Duration.ofDays(5));
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('moderation-digest', utc_timestamp(3) + interval 10 minute, utc_timestamp(3), 'another-node')
                on duplicate key update lock_until = values(lock_until), locked_at = values(locked_at),
                                        locked_by = values(locked_by)""");
        try {
            notifications.sendOverdueDigest();
            assertThat(digestsTo(moderator)).isEmpty();
        } finally {
            jdbc.update("update shedlock set lock_until = utc_timestamp(3) where name = 'moderation-digest'");
        }

        notifications.sendOverdueDigest();

        assertThat(digestsTo(moderator)).singleElement()
                .satisfies(digest -> assertThat(text(digest)).contains("/moderation/" + item + "\n"));
    }

    @Test
    void whenTheMailServerIsDownTheSubmissionStillCommitsAndTheFailuresAreCounted() {
        double before = failures();
        long contentId = CONTENT_IDS.incrementAndGet();
        greenMail.stop();
        try {
            submit(contentId, true);
        } finally {
            greenMail.start();
        }

        assertThat(jdbc.queryForObject("select status from moderation_item where content_type = ? and content_id = ?",
                String.class, TYPE, contentId)).isEqualTo("PENDING");
        assertThat(failures() - before).isEqualTo(activeModerators());
    }

    @Test
    void whenAnonymousStoriesArePausedForEveryoneEachModeratorIsEmailedOnceForTheWindow() throws Exception {
        try (SpentSubmissionBudget spent = SpentSubmissionBudget.spend(storyThrottles, jdbc,
                Duration.ofMinutes(1))) {
            for (int contributor = 0; contributor < 3; contributor++) {
                assertThatThrownBy(() -> storySubmissions.submit(anonymousStory().draft(), ApprovedFindings.NONE,
                        uniqueClient())).isInstanceOf(SubmissionsPausedException.class);
            }

            String subject = "New anonymous stories are paused until " + UK_TIME.format(spent.resumesAt());
            assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
            for (Credentials each : List.of(moderator, otherModerator)) {
                assertThat(emailsTo(each)).filteredOn(email -> subject(email).equals(subject)).singleElement()
                        .satisfies(email -> assertThat(text(email))
                                .contains("limit of 200 anonymous stories within the current 10 minutes",
                                        BASE_URL + "/moderation\n")
                                .doesNotContain("2001:db8", "10."));
            }
            assertThat(emailsTo(contributor)).isEmpty();
        }
    }

    private ItemReview submit(long contentId, boolean urgent) {
        return transaction.execute(status -> workflow.submit(TYPE, contentId, contributor.accountId(), urgent));
    }

    private long overdue(long itemId, Duration waited) {
        // An hour more than whole days, so that the days shown do not depend on how long the test takes.
        jdbc.update("update moderation_item set queued_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(waited).minus(Duration.ofHours(1))), itemId);
        return itemId;
    }

    private MimeMessage onlyEmailTo(Credentials person) throws Exception {
        // Sending happens before the action returns; the wait only guards against a slow mailbox.
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        List<MimeMessage> emails = emailsTo(person);
        assertThat(emails).hasSize(1);
        return emails.getFirst();
    }

    private static List<MimeMessage> emailsTo(Credentials person) {
        return TestMailServer.emailsTo(greenMail, person.email());
    }

    private static List<MimeMessage> digestsTo(Credentials person) {
        return emailsTo(person).stream().filter(message -> subject(message).contains("for moderation")
                && !subject(message).startsWith("Urgent")).toList();
    }

    private static String subject(MimeMessage message) {
        return TestMailServer.subject(message);
    }

    private static String text(MimeMessage message) {
        return TestMailServer.text(message);
    }

    private double failures() {
        return meters.counter("portal.mail.failures").count();
    }

    private double activeModerators() {
        return jdbc.queryForObject("""
                select count(*) from account a join account_role r on r.account_id = a.id
                where a.status = 'ACTIVE' and r.role = 'MODERATOR'""", Integer.class);
    }
}
