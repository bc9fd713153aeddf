package uk.sexualsafety.cop.portal.password;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.emaillink.EmailLinkRetention;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.security.SignInSessions;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.BASE_URL;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitEmails;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitOnlyEmail;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.emailsTo;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.token;

/** "Forgot your password" (decision 030): the rules, through the service, a real database and SMTP server. */
@IntegrationTest
class PasswordResetIT {

    private static final String NEW_PASSWORD = "moorland teapot cinema";

    @Autowired
    PasswordReset reset;
    @Autowired
    EmailLinkRetention retention;
    @Autowired
    SignInSessions signIns;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkByEmailSetsANewPasswordAndEndsEverySignInOfTheAccount() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        signIns.start(member.accountId(), "Chrome on Windows");
        signIns.start(member.accountId(), "Safari on iOS");

        reset.requestLink(member.email().toUpperCase(), client());

        MimeMessage email = awaitOnlyEmail(member.email());
        assertThat(TestMailServer.subject(email)).isEqualTo(PasswordEmails.RESET_SUBJECT);
        assertThat(TestMailServer.text(email)).contains("within 30 minutes", "It works once",
                BASE_URL + "/password/reset/");
        String token = token(email, "password/reset");
        assertThat(reset.accountFor(token)).hasValue(member.email());

        reset.reset(token, new NewPassword(NEW_PASSWORD, NEW_PASSWORD));

        String hash = accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(signIns.listFor(member.accountId())).as("signed out everywhere").isEmpty();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("account",
                Long.toString(member.accountId()))).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .contains(tuple("PASSWORD_RESET", null));
        MimeMessage changed = awaitEmails(member.email(), 2).getLast();
        assertThat(TestMailServer.subject(changed)).isEqualTo(PasswordEmails.CHANGED_SUBJECT);
        assertThat(TestMailServer.text(changed)).contains(BASE_URL + "/password/forgot");

        assertThat(reset.accountFor(token)).as("used once").isEmpty();
        assertThatThrownBy(() -> reset.reset(token, new NewPassword("another " + NEW_PASSWORD,
                "another " + NEW_PASSWORD))).isInstanceOf(LinkNoLongerWorksException.class);
        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash()).isEqualTo(hash);
    }

    @Test
    void everyAddressGetsTheSameAnswerAndOnlyAnActiveAccountAnEmail() {
        String unknown = "nobody-" + unique() + "@nhs.net";
        TestAccounts.Credentials suspended = accounts.create(Role.MEMBER);
        jdbc.update("update account set status = 'SUSPENDED' where id = ?", suspended.accountId());
        TestAccounts.Credentials active = accounts.create(Role.MEMBER);

        for (String address : List.of(unknown, suspended.email(), active.email())) {
            assertThatCode(() -> reset.requestLink(address, client())).as(address).doesNotThrowAnyException();
        }

        awaitOnlyEmail(active.email());
        assertThat(emailsTo(unknown)).isEmpty();
        assertThat(emailsTo(suspended.email())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from email_link where account_id = ?", Integer.class,
                suspended.accountId())).isZero();
    }

    @Test
    void aSecondRequestWithinAMinuteSendsOneEmailNotTwo() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);

        reset.requestLink(member.email(), client());
        reset.requestLink(member.email(), client());

        emailsAreAllSent();
        assertThat(emailsTo(member.email())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from email_link where account_id = ?", Integer.class,
                member.accountId())).isEqualTo(1);

        jdbc.update("update email_link set created_at = created_at - interval 61 second where account_id = ?",
                member.accountId());
        reset.requestLink(member.email(), client());
        awaitEmails(member.email(), 2);
    }

    @Test
    void anExpiredOrForgedLinkChangesNothingAndExpiredLinksArePurged() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        reset.requestLink(member.email(), client());
        String token = token(awaitOnlyEmail(member.email()), "password/reset");
        jdbc.update("update email_link set created_at = created_at - interval 31 minute, "
                + "expires_at = expires_at - interval 31 minute where account_id = ?", member.accountId());
        String hash = accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash();

        for (String link : List.of(token, "", "A".repeat(43), token.substring(2), UUID.randomUUID().toString())) {
            assertThat(reset.accountFor(link)).isEmpty();
            assertThatThrownBy(() -> reset.reset(link, new NewPassword(NEW_PASSWORD, NEW_PASSWORD)))
                    .isInstanceOf(LinkNoLongerWorksException.class);
        }
        assertThat(accountRepository.findById(member.accountId()).orElseThrow().getPasswordHash()).isEqualTo(hash);

        retention.purgeExpiredLinks();
        assertThat(jdbc.queryForObject("select count(*) from email_link where account_id = ?", Integer.class,
                member.accountId())).isZero();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReasonAndTheLinkStillWorks() {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        reset.requestLink(member.email(), client());
        String token = token(awaitOnlyEmail(member.email()), "password/reset");

        assertThatThrownBy(() -> reset.reset(token, new NewPassword("qwertyuiopasdf", "qwertyuiopasdf")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("password", "This password would be too easy to guess: it is, or "
                                + "contains, one of the most used passwords. Add another word or two: uncommon "
                                + "words are better.")));
        assertThatThrownBy(() -> reset.reset(token, new NewPassword("short one", "short one")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(reset.accountFor(token)).hasValue(member.email());
        reset.reset(token, new NewPassword(NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void oneClientMayAskOnlyAFewTimesAnHourAndAMalformedAddressIsNamed() {
        String client = client();
        for (int i = 0; i < 5; i++) {
            reset.requestLink("someone-" + unique() + "@nhs.net", client);
        }

        assertThatThrownBy(() -> reset.requestLink("someone@nhs.net", client))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> reset.requestLink("not an address", client()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("email", "Enter an email address in the correct format, like "
                                + "name@nhs.net")));
    }

    private void emailsAreAllSent() {
        TestAccounts.Credentials marker = accounts.create(Role.MEMBER);
        reset.requestLink(marker.email(), client());
        awaitOnlyEmail(marker.email());
    }

    private static String client() {
        return "198.51.100.7-" + UUID.randomUUID();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
