package uk.sexualsafety.cop.portal.investigator;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.notification.TestMailServer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.requestFor;

/** Investigators learn of offers by email, through a real SMTP server (GreenMail, in this JVM). */
@IntegrationTest
class OfferNotificationsIT {

    private static final int SMTP_PORT = TestMailServer.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestMailServer.on(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.use(registry, SMTP_PORT, "https://portal.test");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Allocation allocation;
    @Autowired
    Assignments assignments;
    @Autowired
    PoolMatching matching;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theInvestigatorOfferedAndTheNextInRankAfterADeclineAreEmailedWithoutTheCase() throws Exception {
        PoolTestData pool = new PoolTestData(context);
        long organisation = pool.organisationInIcb("QWO");
        String organisationName = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                organisation);
        FiledRequest filed = pool.file(pool.requesterOf(organisation), requestFor(organisation));
        PoolMember first = pool.activeInvestigator(eligibleProfile().build());
        pool.activeInvestigator(eligibleProfile().build()); // at least one to pass the request to
        long coordinator = pool.coordinator();

        signedIn.as(coordinator);
        long offer = allocation.offer(filed.ref(), first.investigatorId()).offerId();

        MimeMessage email = onlyEmailTo(first.accountId());
        assertThat(email.getSubject()).isEqualTo("A request for an investigator is waiting for your answer");
        assertThat(TestMailServer.text(email)).contains("https://portal.test/investigator/cases\n",
                "Please accept or decline it by ")
                .doesNotContain(organisationName, PoolTestData.CLEAN_SUMMARY);

        signedIn.as(coordinator);
        long next = matching.rank(filed.id()).eligible().stream()
                .filter(investigator -> investigator.investigatorId() != first.investigatorId())
                .findFirst().orElseThrow().investigatorId();
        long nextAccount = jdbc.queryForObject("select account_id from investigator where id = ?", Long.class, next);
        signedIn.as(first.accountId());
        assignments.decline(offer, "No capacity");

        assertThat(onlyEmailTo(nextAccount).getSubject())
                .isEqualTo("A request for an investigator is waiting for your answer");
        assertThat(emailsTo(first.accountId())).as("nothing more for the one who declined").hasSize(1);
    }

    private MimeMessage onlyEmailTo(long accountId) {
        // Sending happens before the action returns; the wait only guards against a slow mailbox.
        greenMail.waitForIncomingEmail(5_000, 1);
        List<MimeMessage> emails = emailsTo(accountId);
        assertThat(emails).hasSize(1);
        return emails.getFirst();
    }

    private List<MimeMessage> emailsTo(long accountId) {
        return TestMailServer.emailsTo(greenMail,
                jdbc.queryForObject("select email from account where id = ?", String.class, accountId));
    }
}
