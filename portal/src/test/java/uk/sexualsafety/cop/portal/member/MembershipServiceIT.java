package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.MembershipRequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.security.AccountUserDetailsService;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class MembershipServiceIT {

    @Autowired
    SignedIn signedIn;

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MembershipService membership;
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
    void aVisitorFromAnNhsSubdomainAsksToJoinAndTheRequestWaits() {
        String email = "Jane.Smith-" + unique() + "@Somerset.NHS.uk";

        long id = membership.requestMembership(new MembershipApplication(" Jane Smith ", email, "HR business partner",
                organisationId, "  ", PASSWORD, PASSWORD));

        MembershipRequest saved = requests.findById(id).orElseThrow();
        assertThat(saved.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(saved.getFullName()).isEqualTo("Jane Smith");
        assertThat(saved.getReason()).isNull();
        assertThat(saved.getStatus()).isEqualTo(MembershipRequestStatus.PENDING);
        assertThat(passwordEncoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
        assertThat(auditOf(id)).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("MEMBERSHIP_REQUESTED", null));

        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        assertThat(membership.pendingRequests()).filteredOn(request -> request.id() == id).singleElement()
                .satisfies(request -> {
                    assertThat(request.fullName()).isEqualTo("Jane Smith");
                    assertThat(request.jobTitle()).isEqualTo("HR business partner");
                    assertThat(request.organisationName()).isEqualTo("Yorkshire Ambulance Service NHS Trust");
                });
    }

    @Test
    void anEmptyFormGetsAMessageForEveryRequiredField() {
        assertRefused(new MembershipApplication("", " ", "", null, null, "", ""), Map.of(
                "fullName", "Enter your full name",
                "email", "Enter your NHS email address",
                "jobTitle", "Enter your job title",
                "organisationId", "Choose the organisation you work for",
                "password", "Choose a password"));
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
                                a.fullName(), a.email(), a.jobTitle(), -1L, a.reason(), a.password(),
                                a.passwordAgain())),
                        "organisationId", "Choose the organisation you work for"),
                Arguments.of("a short password", change(a -> with(a, "password", "tooshort")),
                        "password", "Use at least 12 characters: three random words make a strong password that "
                                + "is easy to remember"),
                Arguments.of("passwords that differ", change(a -> with(a, "passwordAgain", PASSWORD + "!")),
                        "passwordAgain", "The passwords do not match"),
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
        assertRefused(change.apply(validApplication()), Map.of(field, message));
    }

    @Test
    void aSecondRequestWhileTheFirstWaitsIsRefused() {
        MembershipApplication application = validApplication();
        membership.requestMembership(application);

        assertRefused(with(application, "email", application.email().toUpperCase()), Map.of("email",
                "A request to join from this email address is already waiting for approval"));
    }

    @Test
    void someoneWhoAlreadyHasAnAccountIsToldToSignIn() {
        String existing = accounts.create(Role.MEMBER).email();

        assertRefused(with(validApplication(), "email", existing),
                Map.of("email", "This email address already has an account: sign in instead"));
    }

    @Test
    void anApprovedApplicantBecomesAMemberWhoCanSignInWithTheirOwnPassword() {
        MembershipApplication application = validApplication();
        long requestId = membership.requestMembership(application);
        long administratorId = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administratorId);

        long accountId = membership.approve(requestId, pending(requestId).version());

        Account account = accountRepository.findById(accountId).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.MEMBER);
        assertThat(account.getDisplayName()).isEqualTo(application.fullName());
        assertThat(account.getJobTitle()).isEqualTo(application.jobTitle());
        assertThat(account.getOrganisation().getId()).isEqualTo(organisationId);
        UserDetails signingIn = users.loadUserByUsername(application.email());
        assertThat(passwordEncoder.matches(PASSWORD, signingIn.getPassword())).isTrue();
        assertThat(signingIn.isEnabled()).isTrue();
        assertThat(signingIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MEMBER");
        assertThat(membership.pendingRequests()).noneMatch(request -> request.id() == requestId);
        MembershipRequest decided = requests.findById(requestId).orElseThrow();
        assertThat(decided.getStatus()).isEqualTo(MembershipRequestStatus.APPROVED);
        assertThat(decided.getDecidedBy()).isEqualTo(administratorId);
        assertThat(auditOf(requestId)).extracting(AuditEvent::getAction, AuditEvent::getActorId,
                        AuditEvent::getDetail)
                .contains(tuple("MEMBERSHIP_APPROVED", administratorId, "account " + accountId));
    }

    @Test
    void aRequestIsDecidedOnceOnly() {
        long requestId = membership.requestMembership(validApplication());
        signedIn.as(accounts.create(Role.ADMINISTRATOR).accountId());
        long seenVersion = pending(requestId).version();

        assertThatThrownBy(() -> membership.approve(requestId, seenVersion + 1))
                .as("a version the administrator never saw")
                .isInstanceOf(ConcurrentChangeException.class);
        membership.approve(requestId, seenVersion);
        long accountsAfterFirstApproval = accountRepository.count();

        assertThatThrownBy(() -> membership.approve(requestId, seenVersion))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Another administrator has already approved this request");
        assertThatThrownBy(() -> membership.decline(requestId, seenVersion, null))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(accountRepository.count()).isEqualTo(accountsAfterFirstApproval);
    }

    @Test
    void aDeclinedRequestLeavesTheQueueWithItsNoteAndCreatesNoAccount() {
        MembershipApplication application = validApplication();
        long requestId = membership.requestMembership(application);
        long administratorId = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administratorId);
        long version = pending(requestId).version();

        assertThatThrownBy(() -> membership.decline(requestId, version, "n".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("note", "Use no more than 500 characters"));
        membership.decline(requestId, version, " Not an NHS role ");

        MembershipRequest declined = requests.findById(requestId).orElseThrow();
        assertThat(declined.getStatus()).isEqualTo(MembershipRequestStatus.DECLINED);
        assertThat(declined.getDecisionNote()).isEqualTo("Not an NHS role");
        assertThat(accountRepository.existsByEmail(Account.normaliseEmail(application.email()))).isFalse();
        assertThat(membership.pendingRequests()).noneMatch(request -> request.id() == requestId);
        assertThat(auditOf(requestId)).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .contains(tuple("MEMBERSHIP_DECLINED", administratorId));
        assertThatThrownBy(() -> membership.approve(requestId, version))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Another administrator has already declined this request");
    }

    @Test
    void onlyAdministratorsSeeAndDecideRequests() {
        long requestId = membership.requestMembership(validApplication());

        assertThatThrownBy(() -> membership.pendingRequests()).as("a visitor")
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);

        signedIn.as(accounts.create(Role.MEMBER, Role.MODERATOR, Role.POOL_COORDINATOR).accountId());
        assertThatThrownBy(() -> membership.pendingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membership.approve(requestId, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> membership.decline(requestId, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.findById(requestId).orElseThrow().getStatus())
                .isEqualTo(MembershipRequestStatus.PENDING);
    }

    private void assertRefused(MembershipApplication application, Map<String, String> expectedProblems) {
        long requestsBefore = requests.count();
        long accountsBefore = accountRepository.count();

        assertThatThrownBy(() -> membership.requestMembership(application))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).isEqualTo(expectedProblems));
        assertThat(requests.count()).isEqualTo(requestsBefore);
        assertThat(accountRepository.count()).isEqualTo(accountsBefore);
    }

    private PendingMembershipRequest pending(long requestId) {
        return membership.pendingRequests().stream().filter(request -> request.id() == requestId).findFirst()
                .orElseThrow();
    }

    private List<AuditEvent> auditOf(long requestId) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("membership_request",
                Long.toString(requestId));
    }

    private MembershipApplication validApplication() {
        return new MembershipApplication("Sam Patel", "sam.patel-" + unique() + "@nhs.net", "Safeguarding lead",
                organisationId, "To share our sexual safety policy", PASSWORD, PASSWORD);
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
                field.equals("reason") ? value : a.reason(),
                field.equals("password") ? value : a.password(),
                field.equals("passwordAgain") ? value : a.passwordAgain());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
