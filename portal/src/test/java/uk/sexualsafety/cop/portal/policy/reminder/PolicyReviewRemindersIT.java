package uk.sexualsafety.cop.portal.policy.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.policy.PolicyReviewReminder;
import uk.sexualsafety.cop.db.policy.PolicyReviewReminderRepository;
import uk.sexualsafety.cop.db.policy.ReminderKind;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.policy.PolicyDates;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicyOrganisations;
import uk.sexualsafety.cop.portal.policy.PolicyRef;
import uk.sexualsafety.cop.portal.policy.PolicySharing;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.policy.PolicyTestData.policy;

/**
 * Review reminders through a real SMTP server (GreenMail, in this JVM). The job runs over every policy in the shared
 * test database, so each test looks only at its own organisation's people and its own policies' links.
 */
@IntegrationTest
class PolicyReviewRemindersIT {

    private static final String BASE_URL = "https://portal.test";
    private static final int SMTP_PORT = TestMailServer.freePort();
    private static final String SECRET_SUMMARY = "A summary that must never leave the portal";
    private static final String SECRET_TEXT = "Text of the policy that must never leave the portal";

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailServer.on(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.use(registry, SMTP_PORT, BASE_URL);
    }

    @Autowired
    PolicyReviewReminders reminders;
    @Autowired
    PolicySharing sharing;
    @Autowired
    PolicyLibrary library;
    @Autowired
    PolicyReviewReminderRepository sent;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    IcbRepository icbs;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    Credentials uploader;
    Credentials lead;
    Credentials colleague;
    Credentials elsewhere;

    @BeforeEach
    void anOrganisationWithItsPeople() throws FolderException {
        greenMail.purgeEmailFromAllMailboxes();
        today = PolicyDates.today(java.time.Clock.systemUTC());
        PolicyOrganisations people = new PolicyOrganisations(organisations, icbs, accounts, transaction);
        long organisation = people.trustInIcb("QWO");
        uploader = people.memberOf(organisation);
        lead = people.memberOf(organisation, Role.TRUST_REQUESTER);
        colleague = people.memberOf(organisation);
        elsewhere = people.memberOf(people.trustInIcb("QWO"), Role.TRUST_REQUESTER);
        signedIn.as(uploader.accountId());
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void thirtyDaysBeforeTheOwnersAreRemindedOnceWithALinkAndNoPolicyText() throws Exception {
        long id = shared(today.plusDays(30));

        reminders.sendReminders(today);
        reminders.sendReminders(today);

        for (Credentials owner : List.of(uploader, lead)) {
            assertThat(emailsTo(owner)).singleElement().satisfies(email -> {
                assertThat(email.getSubject()).isEqualTo("A policy's review is due on "
                        + PolicyDates.format(today.plusDays(30)));
                assertThat(TestMailServer.text(email)).contains("in 30 days", BASE_URL + "/policies/" + id + "\n")
                        .doesNotContain(SECRET_SUMMARY, SECRET_TEXT);
            });
        }
        assertThat(emailsTo(colleague)).as("a member who neither shared it nor leads ER").isEmpty();
        assertThat(emailsTo(elsewhere)).as("another organisation's lead").isEmpty();
        assertThat(sent.findByPolicyIdOrderBySentAt(id)).singleElement().satisfies(reminder -> {
            assertThat(reminder.getKind()).isEqualTo(ReminderKind.AHEAD);
            assertThat(reminder.getReviewDueOn()).isEqualTo(today.plusDays(30));
            assertThat(reminder.getRecipients()).isEqualTo(2);
        });
    }

    @Test
    void onTheDayTheyAreRemindedAgainOnce() throws Exception {
        long id = shared(today.plusDays(30));
        reminders.sendReminders(today);

        reminders.sendReminders(today.plusDays(30));
        reminders.sendReminders(today.plusDays(31));

        assertThat(emailsTo(uploader)).extracting(TestMailServer::subject).containsExactly(
                "A policy's review is due on " + PolicyDates.format(today.plusDays(30)),
                "A policy's review is due today");
        assertThat(sent.findByPolicyIdOrderBySentAt(id)).extracting(PolicyReviewReminder::getKind)
                .containsExactly(ReminderKind.AHEAD, ReminderKind.DUE);
    }

    @Test
    void nothingIsSentMoreThanThirtyDaysAhead() throws Exception {
        long id = shared(today.plusDays(31));

        reminders.sendReminders(today);

        assertThat(emailsTo(uploader)).isEmpty();
        assertThat(sent.findByPolicyIdOrderBySentAt(id)).isEmpty();
    }

    @Test
    void aPolicySharedAfterItsReviewDateGetsOneOverdueReminderAndNotTheEarlyOne() throws Exception {
        long id = shared(today.minusDays(10));

        reminders.sendReminders(today);
        reminders.sendReminders(today.plusDays(1));

        assertThat(emailsTo(uploader)).singleElement().satisfies(email -> {
            assertThat(email.getSubject()).isEqualTo("A policy's review is overdue");
            assertThat(TestMailServer.text(email)).contains("was due on " + PolicyDates.format(today.minusDays(10)));
        });
        assertThat(sent.findByPolicyIdOrderBySentAt(id)).extracting(PolicyReviewReminder::getKind)
                .containsExactly(ReminderKind.DUE);
    }

    @Test
    void aRecordedReviewBringsNewRemindersForTheNewDate() throws Exception {
        long id = shared(today);
        reminders.sendReminders(today);
        sharing.changeDetails(new PolicyRef(id, library.policy(id).version()),
                policy().summarised(SECRET_SUMMARY).reviewDueOn(today.plusDays(20)).details());

        reminders.sendReminders(today);

        assertThat(emailsTo(uploader)).extracting(TestMailServer::subject).containsExactly(
                "A policy's review is due today",
                "A policy's review is due on " + PolicyDates.format(today.plusDays(20)));
    }

    @Test
    void suspendedOwnersAndWithdrawnPoliciesGetNothing() throws Exception {
        long withdrawn = shared(today);
        sharing.withdraw(new PolicyRef(withdrawn, library.policy(withdrawn).version()));
        transaction.executeWithoutResult(status -> accountRepository.findById(lead.accountId()).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));
        long kept = shared(today);

        reminders.sendReminders(today);

        assertThat(emailsTo(lead)).isEmpty();
        assertThat(emailsTo(uploader)).singleElement()
                .satisfies(email -> assertThat(TestMailServer.text(email)).contains("/policies/" + kept + "\n")
                        .doesNotContain("/policies/" + withdrawn + "\n"));
        assertThat(sent.findByPolicyIdOrderBySentAt(withdrawn)).isEmpty();
    }

    private long shared(LocalDate reviewDueOn) {
        return sharing.share(policy().summarised(SECRET_SUMMARY)
                .version("1.0", reviewDueOn.minusYears(2), reviewDueOn).withText(SECRET_TEXT).form());
    }

    /** Sending happens before the job returns; the wait only guards against a slow mailbox. */
    private static List<MimeMessage> emailsTo(Credentials person) {
        greenMail.waitForIncomingEmail(2_000, 1);
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(person.email()),
                message -> true).toList();
    }
}
