package uk.sexualsafety.cop.portal.member;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.emaillink.LinkNoLongerWorksException;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.password.NewPassword;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.BASE_URL;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitEmails;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitOnlyEmail;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.emailsTo;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.token;

/** Joining with a proven address (decision 030): the rules, through the service, a real database and SMTP server. */
@IntegrationTest
class MembershipServiceIT {

    private static final String PASSWORD = "kettle harbour lantern";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    SignedIn signedIn;
    @Autowired
    MembershipService membership;
    @Autowired
    UnconfirmedRequestRetention retention;
    @Autowired
    MembershipRequestRepository requests;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    long organisationId;

    @BeforeEach
    void aVisitor() {
        signedIn.nobody();
        organisationId = organisations.findByNameIgnoreCase("Yorkshire Ambulance Service NHS Trust").orElseThrow()
                .getId();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aRequestReachesAdministratorsOnlyOnceTheLinkEmailedToTheAddressConfirmsIt() throws Exception {
        String email = "Jane.Smith-" + unique() + "@Somerset.NHS.uk";

        membership.requestMembership(new MembershipApplication(" Jane Smith ", email, "HR business partner",
                organisationId, "  "), client());

        MembershipRequest unconfirmed = openRequest(email);
        assertThat(unconfirmed.getStatus()).isEqualTo(MembershipRequestStatus.UNCONFIRMED);
        assertThat(unconfirmed.getPasswordHash()).isNull();
        assertThat(auditOf(unconfirmed.getId())).as("nothing is audited before the address is proven").isEmpty();
        long administrator = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administrator);
        assertThat(membership.pendingRequests()).noneMatch(request -> request.id() == unconfirmed.getId());
        assertThatThrownBy(() -> membership.approve(new MembershipRequestRef(unconfirmed.getId(),
                unconfirmed.getVersion())))
                .isInstanceOf(ConcurrentChangeException.class);
        signedIn.nobody();

        MimeMessage email1 = awaitOnlyEmail(email);
        assertThat(TestMailServer.subject(email1)).isEqualTo(JoiningEmails.CONFIRM_SUBJECT);
        assertThat(TestMailServer.text(email1)).contains("within 24 hours", BASE_URL + "/join/confirm/");
        String token = token(email1, "join/confirm");
        assertThat(token).hasSize(43);
        assertThat(jdbc.queryForObject("select count(*) from email_link where token_hash = sha2(?, 256)",
                Integer.class, token)).as("stored only as its hash").isEqualTo(0);
        assertThat(jdbc.queryForObject("select count(*) from email_link where token_hash = unhex(sha2(?, 256))",
                Integer.class, token)).isEqualTo(1);
        assertThat(membership.confirmation(token)).hasValue(new JoinConfirmation("Jane Smith",
                email.toLowerCase(), "HR business partner", "Yorkshire Ambulance Service NHS Trust"));

        membership.confirm(token, new NewPassword(PASSWORD, PASSWORD));

        MembershipRequest confirmed = requests.findById(unconfirmed.getId()).orElseThrow();
        assertThat(confirmed.getStatus()).isEqualTo(MembershipRequestStatus.PENDING);
        assertThat(confirmed.getReason()).isNull();
        assertThat(passwordEncoder.matches(PASSWORD, confirmed.getPasswordHash())).isTrue();
        assertThat(auditOf(confirmed.getId())).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("MEMBERSHIP_REQUESTED", null));
        signedIn.as(administrator);
        assertThat(membership.pendingRequests()).filteredOn(request -> request.id() == confirmed.getId())
                .singleElement().satisfies(request -> {
                    assertThat(request.fullName()).isEqualTo("Jane Smith");
                    assertThat(request.organisationName()).isEqualTo("Yorkshire Ambulance Service NHS Trust");
                });
    }

    @Test
    void theAnswerIsTheSameWhateverTheAddressesStateAndOnlyItsOwnerLearnsMoreByEmail() {
        String newAddress = "new-" + unique() + "@nhs.net";
        String member = accounts.create(Role.MEMBER).email();
        String waiting = "waiting-" + unique() + "@nhs.net";
        long waitingRequest = requestAndConfirm(application(waiting));
        String suspended = accounts.create(Role.MEMBER).email();
        suspend(suspended);
        long requestsBefore = requests.count();

        for (String address : List.of(newAddress, member, waiting, suspended)) {
            assertThatCode(() -> membership.requestMembership(application(address), client()))
                    .as(address).doesNotThrowAnyException();
        }

        assertThat(requests.count()).as("only the new address gets a request").isEqualTo(requestsBefore + 1);
        assertThat(TestMailServer.subject(awaitOnlyEmail(newAddress))).isEqualTo(JoiningEmails.CONFIRM_SUBJECT);
        MimeMessage toMember = awaitOnlyEmail(member);
        assertThat(TestMailServer.subject(toMember)).isEqualTo(JoiningEmails.ALREADY_A_MEMBER_SUBJECT);
        assertThat(TestMailServer.text(toMember)).contains(BASE_URL + "/login", BASE_URL + "/password/reset/",
                "within 30 minutes");
        assertThat(TestMailServer.subject(awaitEmails(waiting,
                2).getLast())).isEqualTo(JoiningEmails.ALREADY_WAITING_SUBJECT);
        assertThat(requests.findById(waitingRequest).orElseThrow().getStatus())
                .isEqualTo(MembershipRequestStatus.PENDING);
        emailsAreAllSent();
        assertThat(emailsTo(suspended)).as("a suspended account is told nothing").isEmpty();
    }

    @Test
    void askingAgainBeforeConfirmingReplacesTheRequestButSendsAtMostOneEmailAMinute() {
        String email = "twice-" + unique() + "@nhs.net";
        membership.requestMembership(application(email), client());
        long first = openRequest(email).getId();

        membership.requestMembership(new MembershipApplication("Sam Patel", email, "Educator", organisationId,
                null), client());

        assertThat(openRequest(email).getId()).as("the same request: the first link still works").isEqualTo(first);
        emailsAreAllSent();
        assertThat(emailsTo(email)).hasSize(1);

        // A minute later the newest details count, with a new link; the first link stops working.
        String firstToken = token(emailsTo(email).getFirst(), "join/confirm");
        jdbc.update("update email_link set created_at = created_at - interval 2 minute "
                + "where membership_request_id = ?", first);
        membership.requestMembership(new MembershipApplication("Sam Patel", email, "Educator", organisationId,
                null), client());
        String secondToken = token(awaitEmails(email, 2).getLast(), "join/confirm");
        assertThat(membership.confirmation(firstToken)).isEmpty();
        assertThat(membership.confirmation(secondToken)).hasValueSatisfying(request ->
                assertThat(request.jobTitle()).isEqualTo("Educator"));
    }

    @Test
    void aLinkWorksOnceAndAnotherTokenNeverWorks() {
        String email = "once-" + unique() + "@nhs.net";
        membership.requestMembership(application(email), client());
        String token = token(awaitOnlyEmail(email), "join/confirm");
        long requestId = openRequest(email).getId();

        for (String forged : List.of("", "x", token.substring(1) + "A", UUID.randomUUID().toString(),
                "A".repeat(43))) {
            assertThat(membership.confirmation(forged)).isEmpty();
            assertThatThrownBy(() -> membership.confirm(forged, new NewPassword(PASSWORD, PASSWORD)))
                    .isInstanceOf(LinkNoLongerWorksException.class);
        }
        membership.confirm(token, new NewPassword(PASSWORD, PASSWORD));
        String hash = requests.findById(requestId).orElseThrow().getPasswordHash();

        assertThat(membership.confirmation(token)).isEmpty();
        assertThatThrownBy(() -> membership.confirm(token, new NewPassword("another " + PASSWORD,
                "another " + PASSWORD))).isInstanceOf(LinkNoLongerWorksException.class);
        assertThat(requests.findById(requestId).orElseThrow().getPasswordHash()).isEqualTo(hash);
    }

    @Test
    void anExpiredLinkChangesNothingAndTheUnconfirmedRequestIsPurged() {
        String email = "late-" + unique() + "@nhs.net";
        membership.requestMembership(application(email), client());
        String token = token(awaitOnlyEmail(email), "join/confirm");
        long requestId = openRequest(email).getId();
        jdbc.update("update membership_request set requested_at = requested_at - interval 25 hour where id = ?",
                requestId);
        jdbc.update("update email_link set created_at = created_at - interval 25 hour, "
                + "expires_at = expires_at - interval 25 hour where membership_request_id = ?", requestId);

        assertThat(membership.confirmation(token)).isEmpty();
        assertThatThrownBy(() -> membership.confirm(token, new NewPassword(PASSWORD, PASSWORD)))
                .isInstanceOf(LinkNoLongerWorksException.class);
        assertThat(requests.findById(requestId).orElseThrow().getStatus())
                .isEqualTo(MembershipRequestStatus.UNCONFIRMED);

        retention.purgeUnconfirmedRequests();

        assertThat(requests.existsById(requestId)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from email_link where membership_request_id = ?",
                Integer.class, requestId)).isZero();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReasonAndTheLinkStillWorks() {
        String email = "priya.shah." + unique() + "@nhs.net";
        membership.requestMembership(new MembershipApplication("Priya Shah", email, "Educator", organisationId,
                null), client());
        String token = token(awaitOnlyEmail(email), "join/confirm");

        assertThatThrownBy(() -> membership.confirm(token, new NewPassword("password1234", "password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("password", "This password would be too easy to guess: it is, or "
                                + "contains, one of the most used passwords. Add another word or two: uncommon "
                                + "words are better.")));
        assertThatThrownBy(() -> membership.confirm(token, new NewPassword("PriyaShah-2024", "PriyaShah-2024")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems()
                        .get("password")).contains("your name, your email address"));
        assertThatThrownBy(() -> membership.confirm(token, new NewPassword(PASSWORD, PASSWORD + "s")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("passwordAgain", "The passwords do not match")));
        assertThat(openRequest(email).getStatus()).isEqualTo(MembershipRequestStatus.UNCONFIRMED);

        membership.confirm(token, new NewPassword(PASSWORD, PASSWORD));
        assertThat(openRequest(email).getStatus()).isEqualTo(MembershipRequestStatus.PENDING);
    }

    @Test
    void oneClientMaySendOnlyAFewRequestsAnHour() {
        String client = client();
        for (int i = 0; i < 5; i++) {
            membership.requestMembership(application("busy-" + unique() + "@nhs.net"), client);
        }

        assertThatThrownBy(() -> membership.requestMembership(application("busy-" + unique() + "@nhs.net"), client))
                .isInstanceOf(TooManyAttemptsException.class)
                .hasMessageStartingWith("You have sent several requests in a short time.");
        assertThatCode(() -> membership.requestMembership(application("calm-" + unique() + "@nhs.net"), client()))
                .as("another client").doesNotThrowAnyException();
    }

    @Test
    void oneAddressGetsOnlyAFewEmailsAnHourWhoeverAsks() {
        String waiting = "popular-" + unique() + "@nhs.net";
        requestAndConfirm(application(waiting));

        for (int i = 0; i < 4; i++) {
            membership.requestMembership(application(waiting), client());
        }

        emailsAreAllSent();
        assertThat(emailsTo(waiting)).as("the confirmation, then two 'already waiting' of the three allowed")
                .hasSize(3);
    }

    @Test
    void anEmptyFormGetsAMessageForEveryRequiredField() {
        assertRefused(new MembershipApplication("", " ", "", null, null), Map.of(
                "fullName", "Enter your full name",
                "email", "Enter your NHS email address",
                "jobTitle", "Enter your job title",
                "organisationId", "Choose the organisation you work for"));
    }

    static Stream<Arguments> badInput() {
        String formatMessage = "Enter an email address in the correct format, like name@nhs.net";
        String nhsOnly = "Use your NHS email address (ending nhs.net, nhs.uk, nhs.scot, wales.nhs.uk, hscni.net): "
                + "the community is open to NHS staff";
        return Stream.of(
                Arguments.of("an address without a domain", change(a -> with(a, "email", "jane.smith")),
                        "email", formatMessage),
                Arguments.of("an address with a space", change(a -> with(a, "email", "jane smith@nhs.net")),
                        "email", formatMessage),
                Arguments.of("an address with two dots", change(a -> with(a, "email", "jane..smith@nhs.net")),
                        "email", formatMessage),
                Arguments.of("a personal address", change(a -> with(a, "email", "jane.smith@gmail.com")),
                        "email", nhsOnly),
                Arguments.of("a domain that only ends like an NHS one",
                        change(a -> with(a, "email", "jane.smith@notnhs.net")), "email", nhsOnly),
                Arguments.of("an organisation that does not exist", change(a -> new MembershipApplication(
                                a.fullName(), a.email(), a.jobTitle(), -1L, a.reason())),
                        "organisationId", "Choose the organisation you work for"),
                Arguments.of("a name too long", change(a -> with(a, "fullName", "J".repeat(121))),
                        "fullName", "Use no more than 120 characters"),
                Arguments.of("a reason too long", change(a -> with(a, "reason", "r".repeat(2001))),
                        "reason", "Use no more than 2000 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsASpecificMessageNextToItsFieldAndSavesNothing(String what,
                                                                  Function<MembershipApplication,
                                                                          MembershipApplication> change,
                                                                  String field, String message) {
        assertRefused(change.apply(application("sam.patel-" + unique() + "@nhs.net")), Map.of(field, message));
    }

    @Test
    void anApprovedApplicantIsEmailedAndSignsInWithTheirOwnPassword() {
        String email = "approved-" + unique() + "@nhs.net";
        long requestId = requestAndConfirm(application(email));
        long administratorId = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administratorId);

        long accountId = membership.approve(new MembershipRequestRef(requestId, pending(requestId).version()));

        Account account = accountRepository.findById(accountId).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.MEMBER);
        assertThat(account.getDisplayName()).isEqualTo("Sam Patel");
        assertThat(account.getOrganisation().getId()).isEqualTo(organisationId);
        UserDetails signingIn = users.loadUserByUsername(email);
        assertThat(passwordEncoder.matches(PASSWORD, signingIn.getPassword())).isTrue();
        assertThat(signingIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MEMBER");
        MembershipRequest decided = requests.findById(requestId).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(MembershipRequestStatus.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo(administratorId);
        assertThat(decided.getPasswordHash()).as("the account has it now").isNull();
        assertThat(auditOf(requestId)).extracting(AuditEvent::getAction, AuditEvent::getActorId,
                        AuditEvent::getDetail)
                .contains(tuple("MEMBERSHIP_APPROVED", administratorId, "account " + accountId));
        MimeMessage welcome = awaitEmails(email, 2).getLast();
        assertThat(TestMailServer.subject(welcome)).isEqualTo(JoiningEmails.APPROVED_SUBJECT);
        assertThat(TestMailServer.text(welcome)).contains("has been approved", BASE_URL + "/login");
    }

    @Test
    void aDeclinedApplicantIsEmailedWithoutTheAdministratorsNote() {
        String email = "declined-" + unique() + "@nhs.net";
        long requestId = requestAndConfirm(application(email));
        long administratorId = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administratorId);
        long version = pending(requestId).version();

        assertThatThrownBy(() -> membership.decline(new MembershipRequestRef(requestId, version), "n".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("note", "Use no more than 500 characters"));
        membership.decline(new MembershipRequestRef(requestId, version), " Not an NHS role ");

        MembershipRequest declined = requests.findById(requestId).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(MembershipRequestStatus.DECLINED);
        assertThat(declined.getDecisionNote()).isEqualTo("Not an NHS role");
        assertThat(declined.getPasswordHash()).isNull();
        assertThat(accountRepository.existsByEmail(email)).isFalse();
        assertThat(auditOf(requestId)).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .contains(tuple("MEMBERSHIP_DECLINED", administratorId));
        assertThatThrownBy(() -> membership.approve(new MembershipRequestRef(requestId, version)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Another administrator has already declined this request");
        MimeMessage decision = awaitEmails(email, 2).getLast();
        assertThat(TestMailServer.subject(decision)).isEqualTo(JoiningEmails.DECLINED_SUBJECT);
        assertThat(TestMailServer.text(decision)).contains("has not approved it", BASE_URL + "/join")
                .doesNotContain("Not an NHS role");
    }

    @Test
    void aRequestIsDecidedOnceOnly() {
        long requestId = requestAndConfirm(application("once-" + unique() + "@nhs.net"));
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        long seenVersion = pending(requestId).version();

        assertThatThrownBy(() -> membership.approve(new MembershipRequestRef(requestId, seenVersion + 1)))
                .as("a version the administrator never saw")
                .isInstanceOf(ConcurrentChangeException.class);
        membership.approve(new MembershipRequestRef(requestId, seenVersion));
        long accountsAfterFirstApproval = accountRepository.count();

        assertThatThrownBy(() -> membership.approve(new MembershipRequestRef(requestId, seenVersion)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Another administrator has already approved this request");
        assertThatThrownBy(() -> membership.decline(new MembershipRequestRef(requestId, seenVersion), null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(accountRepository.count()).isEqualTo(accountsAfterFirstApproval);
    }

    @Test
    void onlyAdministratorsSeeAndDecideRequests() {
        long requestId = requestAndConfirm(application("admins-" + unique() + "@nhs.net"));

        assertThatThrownBy(() -> membership.pendingRequests()).as("a visitor")
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);

        signedIn.as(accounts.create(Role.MEMBER, Role.MODERATOR, Role.POOL_COORDINATOR).accountId());
        assertThatThrownBy(() -> membership.pendingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membership.approve(new MembershipRequestRef(requestId,
                0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membership.decline(new MembershipRequestRef(requestId, 0),
                null)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.findById(requestId).orElseThrow().getStatus())
                .isEqualTo(MembershipRequestStatus.PENDING);
    }

    @Test
    void addressesAreComparedWithoutCaseOrSpaces() {
        String email = "jordan.example-" + unique() + "@nhs.net";
        long requestId = requestAndConfirm(application(email));

        membership.requestMembership(application("  " + email.toUpperCase() + " "), client());

        assertThat(TestMailServer.subject(awaitEmails(email,
                2).getLast())).isEqualTo(JoiningEmails.ALREADY_WAITING_SUBJECT);
        assertThat(requests.findById(requestId).orElseThrow().getStatus()).isEqualTo(MembershipRequestStatus.PENDING);
    }

    /** Asks, confirms with the emailed link and {@link #PASSWORD}; the request's id. */
    private long requestAndConfirm(MembershipApplication application) {
        membership.requestMembership(application, client());
        String address = Account.normaliseEmail(application.email());
        membership.confirm(token(awaitOnlyEmail(address), "join/confirm"), new NewPassword(PASSWORD, PASSWORD));
        return openRequest(address).getId();
    }

    /**
     * Emails go out one at a time in the order asked: once an email asked for now has arrived, every email asked
     * for earlier has been sent too (or never will be).
     */
    private void emailsAreAllSent() {
        String marker = "marker-" + unique() + "@nhs.net";
        membership.requestMembership(application(marker), client());
        awaitOnlyEmail(marker);
    }

    private MembershipRequest openRequest(String email) {
        return requests.findAll().stream()
                .filter(request -> request.getEmail().equals(Account.normaliseEmail(email)))
                .filter(request -> request.getStatus() == MembershipRequestStatus.UNCONFIRMED
                        || request.getStatus() == MembershipRequestStatus.PENDING)
                .findFirst().orElseThrow();
    }

    private void suspend(String email) {
        jdbc.update("update account set status = ? where email = ?", AccountStatus.SUSPENDED.name(), email);
    }

    private void assertRefused(MembershipApplication application, Map<String, String> expectedProblems) {
        long requestsBefore = requests.count();

        assertThatThrownBy(() -> membership.requestMembership(application, client()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).isEqualTo(expectedProblems));
        assertThat(requests.count()).isEqualTo(requestsBefore);
    }

    private PendingMembershipRequest pending(long requestId) {
        return membership.pendingRequests().stream().filter(request -> request.id() == requestId).findFirst()
                .orElseThrow();
    }

    private List<AuditEvent> auditOf(long requestId) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("membership_request",
                Long.toString(requestId));
    }

    private MembershipApplication application(String email) {
        return new MembershipApplication("Sam Patel", email, "Safeguarding lead", organisationId,
                "To share our sexual safety policy");
    }

    /** A client address of its own for each request, so that the per-client limit bites only where tested. */
    private static String client() {
        return "192.0.2." + CLIENTS.incrementAndGet() + "-" + UUID.randomUUID();
    }

    private static Function<MembershipApplication, MembershipApplication> change(
            Function<MembershipApplication, MembershipApplication> change) {
        return change;
    }

    /** The application with one text field replaced. */
    private static MembershipApplication with(MembershipApplication a, String field, String value) {
        return new MembershipApplication(
                field.equals("fullName") ? value : a.fullName(),
                field.equals("email") ? value : a.email(),
                a.jobTitle(), a.organisationId(),
                field.equals("reason") ? value : a.reason());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
