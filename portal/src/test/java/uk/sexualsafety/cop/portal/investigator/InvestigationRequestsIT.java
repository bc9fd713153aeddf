package uk.sexualsafety.cop.portal.investigator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.moderation.anonymisation.FindingType;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.RequestBuilder;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.CLEAN_SUMMARY;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.requestFor;

@IntegrationTest
class InvestigationRequestsIT {

    private static final String NOT_FOUND = "There is no such request among those you may see";

    @Autowired
    InvestigationRequests requests;
    @Autowired
    InvestigatorProfiles profiles;
    @Autowired
    PoolVetting vetting;
    @Autowired
    Allocation allocation;
    @Autowired
    Assignments assignments;
    @Autowired
    InvestigationRequestRepository requestRepository;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    TransactionTemplate transaction;

    PoolTestData pool;
    long organisation;
    long requester;

    @BeforeEach
    void aRequesterOfTheirOwnOrganisation() {
        pool = new PoolTestData(context);
        organisation = pool.organisationInIcb("QWO");
        requester = pool.requesterOf(organisation);
        signedIn.as(requester);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aRequesterFilesARequestForTheirOwnOrganisationAndFollowsIt() {
        LocalDate start = LocalDate.now(PoolDates.UK).plusDays(21);

        FiledRequest filed = requests.file(new RequestForm(null, RequestCategory.COUNTER_CLAIMS, Complexity.HIGH,
                false, java.util.Set.of(Specialism.COGNITIVE_INTERVIEWING, Specialism.SEVERAL_PARTIES), start, 15,
                DeliveryMode.EITHER, null, "  " + CLEAN_SUMMARY + "  "));

        assertThat(filed.warnings()).isEmpty();
        assertThat(requests.ourRequests()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(filed.id());
            assertThat(summary.organisationId()).isEqualTo(organisation);
            assertThat(summary.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(summary.category()).isEqualTo(RequestCategory.COUNTER_CLAIMS);
            assertThat(summary.wantedStart()).isEqualTo(start);
        });
        RequestDetails details = requests.request(filed.id());
        assertThat(details.summary()).isEqualTo(CLEAN_SUMMARY);
        assertThat(details.specialismsNeeded())
                .containsExactlyInAnyOrder(Specialism.COGNITIVE_INTERVIEWING, Specialism.SEVERAL_PARTIES);
        assertThat(details.excludeSameIcb()).as("no senior leader: the same ICB is allowed").isFalse();
        assertThat(details.requestedBy()).startsWith("Test Member ");
        assertThat(details.progress()).isEmpty();
        assertThat(details.investigator()).isEmpty();
        assertThat(details.offers()).isEmpty();
        assertThat(audit(filed.id())).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("INVESTIGATION_REQUESTED", requester),
                        tuple("INVESTIGATION_REQUEST_VIEWED", requester));
    }

    @Test
    void seniorLeaderCasesExcludeTheSameIcbUnlessTheRequesterSaysOtherwise() {
        long byDefault = requests.file(new RequestBuilder(organisation).seniorLeaderInvolved(true).build()).id();
        long allowed = requests.file(new RequestBuilder(organisation).seniorLeaderInvolved(true)
                .excludeSameIcb(false).build()).id();
        long chosen = requests.file(new RequestBuilder(organisation).excludeSameIcb(true).build()).id();

        assertThat(requests.request(byDefault).excludeSameIcb()).isTrue();
        assertThat(requests.request(allowed).excludeSameIcb()).isFalse();
        assertThat(requests.request(chosen).excludeSameIcb()).isTrue();
    }

    @Test
    void aRequestForAnotherOrganisationIsRefusedAndNothingIsStored() {
        long other = pool.organisationInIcb("QOP");

        assertThatThrownBy(() -> requests.file(requestFor(other)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can file requests only for your own organisation");

        assertThat(requests.ourRequests()).isEmpty();
        List<InvestigationRequest> stored = transaction.execute(status -> requestRepository.findByOrganisation(other));
        assertThat(stored).isEmpty();
    }

    static Stream<Arguments> badRequests() {
        LocalDate today = LocalDate.now(PoolDates.UK);
        return Stream.of(
                Arguments.of("a start date in the past", change(r -> r.wantedStart(today.minusDays(1))),
                        "wantedStart", "The start date cannot be in the past"),
                Arguments.of("no start date", change(r -> r.wantedStart(null)),
                        "wantedStart", "Enter when the investigation should start"),
                Arguments.of("no category", change(r -> r.category(null)),
                        "category", "Choose what the investigation is about"),
                Arguments.of("no complexity", change(r -> r.complexity(null)),
                        "complexity", "Choose how complex the investigation is"),
                Arguments.of("no delivery mode", change(r -> r.deliveryMode(null)),
                        "deliveryMode", "Choose on site, remote, or either"),
                Arguments.of("no days", change(r -> r.estimatedDays(0)), "estimatedDays", "Enter at least 1 day"),
                Arguments.of("a year and a day", change(r -> r.estimatedDays(366)),
                        "estimatedDays", "Enter no more than 365 days"),
                Arguments.of("no summary", change(r -> r.summary(" ")),
                        "summary", "Write a short summary of what happened, without names"),
                Arguments.of("a long summary", change(r -> r.summary("a".repeat(2001))),
                        "summary", "Use no more than 2000 characters"),
                Arguments.of("a summary naming someone", change(r -> r.summary(
                                "My colleague Sarah Jones made comments about a student paramedic.")),
                        "summary", InvestigationRequests.NAMES_IN_SUMMARY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputGetsAMessageNextToItsFieldAndStoresNothing(String what, UnaryOperator<RequestBuilder> change,
                                                            String field, String message) {
        assertThatThrownBy(() -> requests.file(change.apply(new RequestBuilder(organisation)).build()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).isEqualTo(Map.of(field, message)));
        assertThat(requests.ourRequests()).isEmpty();
    }

    @Test
    void aRequestMayStartToday() {
        long id = requests.file(new RequestBuilder(organisation).wantedStart(LocalDate.now(PoolDates.UK)).build())
                .id();

        assertThat(requests.request(id).request().wantedStart()).isEqualTo(LocalDate.now(PoolDates.UK));
    }

    @Test
    void theAnonymiserFindsNamesBeforeFilingAndWarnsOfOtherDetails() {
        SummaryCheck named = requests.checkSummary("My colleague Sarah Jones made comments on a night shift.");
        assertThat(named.names()).extracting(Finding::text).containsExactly("Sarah Jones");

        FiledRequest filed = requests.file(new RequestBuilder(organisation)
                .summary("A colleague made comments at a leaving party on 12 March 2023.").build());

        assertThat(filed.warnings()).extracting(Finding::type).contains(FindingType.DATE);
        assertThat(requests.checkSummary(CLEAN_SUMMARY).names()).isEmpty();
    }

    @Test
    void aRequesterNeverReadsAnotherOrganisationsRequestByAnyCall() {
        long otherOrganisation = pool.organisationInIcb("QWO");
        FiledRequest theirs = pool.file(pool.requesterOf(otherOrganisation), requestFor(otherOrganisation));
        PoolMember investigator = pool.activeInvestigator(eligibleProfile().build());
        AssignmentSummary theirCase = pool.acceptedBy(investigator, theirs.id(), theirs.version());
        FiledRequest ours = pool.file(requester, requestFor(organisation));

        signedIn.as(requester);
        assertThat(requests.ourRequests()).extracting(RequestSummary::id).containsExactly(ours.id());
        assertThatThrownBy(() -> requests.request(theirs.id()))
                .isInstanceOf(InvestigationRequestNotFoundException.class).hasMessage(NOT_FOUND);
        assertThatThrownBy(() -> requests.request(Long.MAX_VALUE))
                .as("answered as one that does not exist")
                .isInstanceOf(InvestigationRequestNotFoundException.class).hasMessage(NOT_FOUND);
        assertThatThrownBy(() -> requests.cancel(new RequestRef(theirs.id(), 0)))
                .isInstanceOf(InvestigationRequestNotFoundException.class);
        // Every other reading service is closed to a requester by role.
        assertThatThrownBy(() -> requests.waitingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.myOffers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.myAssignments()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.caseDetails(theirCase.assignmentId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.profile(investigator.investigatorId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vetting.investigators(PoolStatus.ACTIVE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocation.offer(new RequestRef(theirs.id(), 0), investigator.investigatorId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit(theirs.id())).noneMatch(event -> Long.valueOf(requester).equals(event.getActorId()));
    }

    @Test
    void onlyRequestersFileAndFollowRequestsAndOnlyCoordinatorsAndTheOrganisationsRequestersReadThem() {
        long id = requests.file(requestFor(organisation)).id();

        signedIn.nobody();
        assertThatThrownBy(() -> requests.request(id))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        for (Role role : List.of(Role.MEMBER, Role.INVESTIGATOR, Role.MODERATOR, Role.ADMINISTRATOR)) {
            // In the request's own organisation, yet without the requester's role.
            signedIn.as(accounts.createIn(organisation, role).accountId());
            assertThatThrownBy(() -> requests.file(requestFor(organisation))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.ourRequests()).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.request(id)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.cancel(new RequestRef(id, 0))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as(accounts.createIn(organisation, Role.POOL_COORDINATOR).accountId());
        assertThatThrownBy(() -> requests.file(requestFor(organisation))).as("a coordinator files nothing")
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(pool.requesterOf(organisation));
        assertThat(requests.request(id).request().id()).as("another requester of the same organisation")
                .isEqualTo(id);
    }

    @Test
    void coordinatorsSeeEveryOrganisationsWaitingRequests() {
        long ours = requests.file(requestFor(organisation)).id();
        long otherOrganisation = pool.organisationInIcb("QKK");
        long otherRequester = pool.requesterOf(otherOrganisation);
        long theirs = pool.file(otherRequester, requestFor(otherOrganisation)).id();
        FiledRequest cancelled = pool.file(otherRequester, requestFor(otherOrganisation));
        signedIn.as(otherRequester);
        requests.cancel(cancelled.ref());
        signedIn.as(pool.coordinator());

        assertThat(requests.waitingRequests()).extracting(RequestSummary::id).contains(ours, theirs)
                .doesNotContain(cancelled.id());
        assertThat(requests.request(theirs).summary()).isEqualTo(CLEAN_SUMMARY);
        assertThatThrownBy(() -> requests.ourRequests()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRequestNobodyHasAcceptedCanBeCancelledAndAnOfferWaitingOnItIsWithdrawn() {
        FiledRequest open = requests.file(requestFor(organisation));
        FiledRequest offered = requests.file(requestFor(organisation));
        PoolMember investigator = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(pool.coordinator());
        allocation.offer(offered.ref(), investigator.investigatorId());
        signedIn.as(requester);

        assertThatThrownBy(() -> requests.cancel(new RequestRef(open.id(), open.version() + 1)))
                .isInstanceOf(ConcurrentChangeException.class);
        requests.cancel(open.ref());
        requests.cancel(new RequestRef(offered.id(), requests.request(offered.id()).request().version()));

        assertThat(requests.ourRequests()).extracting(RequestSummary::status)
                .containsOnly(RequestStatus.CANCELLED);
        signedIn.as(investigator.accountId());
        assertThat(assignments.myOffers()).singleElement()
                .satisfies(offer -> assertThat(offer.status()).isEqualTo(OfferStatus.WITHDRAWN));
        signedIn.as(pool.coordinator());
        assertThatThrownBy(() -> allocation.offer(new RequestRef(open.id(),
                requests.request(open.id()).request().version()), investigator.investigatorId()))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Only an open request can be offered; this one is cancelled");
    }

    @Test
    void anAcceptedRequestCanNoLongerBeCancelled() {
        FiledRequest filed = requests.file(requestFor(organisation));
        pool.acceptedBy(pool.activeInvestigator(eligibleProfile().build()), filed.id(), filed.version());
        signedIn.as(requester);

        assertThatThrownBy(() -> requests.cancel(new RequestRef(filed.id(),
                requests.request(filed.id()).request().version())))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageStartingWith("An investigator has already accepted this request");
    }

    private List<AuditEvent> audit(long requestId) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("investigation_request",
                Long.toString(requestId));
    }

    private static UnaryOperator<RequestBuilder> change(UnaryOperator<RequestBuilder> change) {
        return change;
    }
}
