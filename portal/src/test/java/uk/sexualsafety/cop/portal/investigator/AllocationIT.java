package uk.sexualsafety.cop.portal.investigator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.Milestone;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.ProfileBuilder;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.RequestBuilder;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.CLEAN_SUMMARY;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.requestFor;

/**
 * Offering requests, the investigators' answers and their cases, from the first offer to the closed case. The
 * request's organisation is a new trust in West Yorkshire for each test.
 */
@IntegrationTest
class AllocationIT {

    private static final LocalDate TODAY = LocalDate.now(PoolDates.UK);

    @Autowired
    Allocation allocation;
    @Autowired
    Assignments assignments;
    @Autowired
    InvestigationRequests requests;
    @Autowired
    InvestigatorProfiles profiles;
    @Autowired
    PoolVetting vetting;
    @Autowired
    OfferExpiry expiry;
    @Autowired
    PoolMatching matching;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    JdbcTemplate jdbc;

    PoolTestData pool;
    long organisation;
    long requester;
    long coordinator;

    @BeforeEach
    void anOrganisationWithARequester() {
        pool = new PoolTestData(context);
        organisation = pool.organisationInIcb("QWO");
        requester = pool.requesterOf(organisation);
        coordinator = pool.coordinator();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aRequestIsOfferedDeclinedOfferedAgainAcceptedDeclaredAndTakenToClosed() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember first = pool.activeInvestigator(eligibleProfile().build());
        PoolMember second = pool.activeInvestigator(eligibleProfile()
                .contact("Robin Second", "robin@example.org", "0113 496 0000").build());

        signedIn.as(coordinator);
        OfferSummary firstOffer = allocation.offer(filed.ref(), first.investigatorId());
        assertThat(firstOffer.status()).isEqualTo(OfferStatus.PENDING);
        assertThat(Duration.between(firstOffer.offeredAt(), firstOffer.expiresAt())).isEqualTo(Duration.ofHours(72));

        signedIn.as(requester);
        RequestDetails whileOffered = requests.request(filed.id());
        assertThat(whileOffered.request().status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(whileOffered.investigator()).as("not before an offer is accepted").isEmpty();
        assertThat(whileOffered.offers()).as("who was asked is for coordinators").isEmpty();

        signedIn.as(first.accountId());
        assertThat(assignments.myOffers()).singleElement().satisfies(offer -> {
            assertThat(offer.offerId()).isEqualTo(firstOffer.offerId());
            assertThat(offer.organisationName()).startsWith("Pool Test ");
            assertThat(offer.area()).isEqualTo("North East and Yorkshire");
            assertThat(offer.specialismsNeeded()).containsExactly(Specialism.SEXUAL_MISCONDUCT);
        });
        assertThatThrownBy(() -> assignments.decline(firstOffer.offerId(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsOnlyKeys("reason"));
        long nextInRank = bestRankedExcept(filed.id(), first.investigatorId());
        signedIn.as(first.accountId());
        assignments.decline(firstOffer.offerId(), "No capacity until the spring");

        signedIn.as(coordinator);
        RequestDetails passedOn = requests.request(filed.id());
        assertThat(passedOn.request().status()).as("passed to the next in rank at once")
                .isEqualTo(RequestStatus.OFFERED);
        assertThat(passedOn.offers()).hasSize(2);
        assertThat(passedOn.offers().getFirst()).satisfies(offer -> {
            assertThat(offer.status()).isEqualTo(OfferStatus.DECLINED);
            assertThat(offer.declineReason()).contains("No capacity until the spring");
        });
        OfferSummary offeredInTurn = passedOn.offers().getLast();
        assertThat(offeredInTurn.investigatorId()).isEqualTo(nextInRank);
        assertThat(offeredInTurn.status()).isEqualTo(OfferStatus.PENDING);
        assertThat(Duration.between(offeredInTurn.offeredAt(), offeredInTurn.expiresAt()))
                .isEqualTo(Duration.ofHours(72));
        assertThat(audit("investigation_request", filed.id()))
                .filteredOn(event -> event.getAction().equals("INVESTIGATION_OFFERED")).last()
                .satisfies(event -> assertThat(event.getDetail()).isEqualTo("offer " + offeredInTurn.offerId()
                        + " to investigator " + nextInRank + ", next in rank after offer " + firstOffer.offerId()));

        // The coordinator may still choose: they take the offer back and offer the second investigator.
        allocation.withdrawOffer(new OfferRef(offeredInTurn.offerId(), passedOn.request().version()));
        OfferSummary secondOffer = allocation.offer(new RequestRef(filed.id(),
                requests.request(filed.id()).request().version()), second.investigatorId());

        signedIn.as(second.accountId());
        AssignmentSummary accepted = assignments.accept(secondOffer.offerId());
        assertThat(accepted.progress().declarationSignedAt()).isEmpty();

        signedIn.as(requester);
        RequestDetails allocated = requests.request(filed.id());
        assertThat(allocated.request().status()).isEqualTo(RequestStatus.ALLOCATED);
        assertThat(allocated.request().allocatedAt()).isNotNull();
        assertThat(allocated.investigator()).contains(new InvestigatorContact(second.investigatorId(),
                "Robin Second", "robin@example.org", "0113 496 0000"));
        assertThat(allocated.progress()).get().satisfies(progress -> assertThat(progress.next())
                .contains(Milestone.TERMS_OF_REFERENCE_AGREED));

        signedIn.as(second.accountId());
        long assignmentId = accepted.assignmentId();
        assertThatThrownBy(() -> assignments.caseDetails(assignmentId))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Sign the conflict declaration for this case before you see its details");
        assertThatThrownBy(() -> assignments.recordMilestone(assignmentId, Milestone.TERMS_OF_REFERENCE_AGREED))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Sign the conflict declaration for this case first");
        assertThatThrownBy(() -> assignments.signDeclaration(assignmentId, ""))
                .isInstanceOf(InvalidInputException.class);
        assignments.signDeclaration(assignmentId, "I have no connection with this trust or anyone involved.");
        assertThatThrownBy(() -> assignments.signDeclaration(assignmentId, "Again"))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("You have already signed the declaration for this case");

        CaseDetails details = assignments.caseDetails(assignmentId);
        assertThat(details.summary()).isEqualTo(CLEAN_SUMMARY);
        assertThat(details.requesterName()).startsWith("Test Member ");
        assertThat(details.requesterEmail()).endsWith("@test.nhs.net");

        assertThatThrownBy(() -> assignments.recordMilestone(assignmentId, Milestone.INTERVIEWS_DONE))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Record \"Terms of reference agreed\" first");
        assignments.recordMilestone(assignmentId, Milestone.TERMS_OF_REFERENCE_AGREED);
        assertThat(status(filed.id())).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> assignments.recordMilestone(assignmentId, Milestone.TERMS_OF_REFERENCE_AGREED))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("\"Terms of reference agreed\" is already recorded for this case");
        assignments.recordMilestone(assignmentId, Milestone.INTERVIEWS_DONE);
        assignments.recordMilestone(assignmentId, Milestone.REPORT_DELIVERED);
        AssignmentSummary closed = assignments.recordMilestone(assignmentId, Milestone.CLOSED);
        assertThat(closed.progress().next()).isEmpty();
        assertThatThrownBy(() -> assignments.recordMilestone(assignmentId, Milestone.CLOSED))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("This case is closed");
        assertThat(assignments.caseDetails(assignmentId).summary()).as("still readable once closed")
                .isEqualTo(CLEAN_SUMMARY);

        signedIn.as(requester);
        RequestDetails done = requests.request(filed.id());
        assertThat(done.request().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(done.progress().orElseThrow().reached()).containsOnlyKeys(Milestone.values());

        assertThat(audit("investigation_request", filed.id())).extracting(AuditEvent::getAction)
                .containsSubsequence("INVESTIGATION_REQUESTED", "INVESTIGATION_OFFERED",
                        "INVESTIGATION_OFFER_DECLINED", "INVESTIGATION_OFFERED", "INVESTIGATION_OFFER_WITHDRAWN",
                        "INVESTIGATION_OFFERED", "INVESTIGATION_OFFER_ACCEPTED",
                        "INVESTIGATION_REQUEST_VIEWED");
        assertThat(audit("investigation_assignment", assignmentId))
                .extracting(AuditEvent::getAction, AuditEvent::getActorId, AuditEvent::getDetail)
                .containsExactly(tuple("CONFLICT_DECLARATION_SIGNED", second.accountId(), null),
                        tuple("INVESTIGATION_MILESTONE_RECORDED", second.accountId(), "TERMS_OF_REFERENCE_AGREED"),
                        tuple("INVESTIGATION_MILESTONE_RECORDED", second.accountId(), "INTERVIEWS_DONE"),
                        tuple("INVESTIGATION_MILESTONE_RECORDED", second.accountId(), "REPORT_DELIVERED"),
                        tuple("INVESTIGATION_MILESTONE_RECORDED", second.accountId(), "CLOSED"));
        assertThat(audit("investigation_request", filed.id())).extracting(AuditEvent::getDetail)
                .noneMatch(detail -> detail != null && (detail.contains("capacity") || detail.contains("Robin")));
    }

    /** The organisations an investigator's profile may name: the requesting one, and another in its ICB. */
    record Organisations(long requesting, long sameIcb) {
    }

    /** How each ineligible investigator differs from an eligible one. */
    static Stream<Arguments> ineligible() {
        LocalDate twoYearsAgo = TODAY.minusYears(2);
        return Stream.of(
                Arguments.of("worked for the organisation two years ago",
                        profile((p, org) -> p.employment(org.requesting(), TODAY.minusYears(6), twoYearsAgo)), plain(),
                        "Worked for %s until"),
                Arguments.of("works for the organisation now",
                        profile((p, org) -> p.employment(org.requesting(), TODAY.minusYears(1), null)), plain(),
                        "Works for %s now"),
                Arguments.of("declared a conflict with the organisation",
                        profile((p, org) -> p.conflict(org.requesting(), "My partner works in its HR team")), plain(),
                        "Declared a conflict with %s"),
                Arguments.of("works in the same ICB on a senior-leader case",
                        profile((p, org) -> p.employment(org.sameIcb(), TODAY.minusYears(1), null)),
                        request(r -> r.seniorLeaderInvolved(true)),
                        "Employed in the same ICB (NHS West Yorkshire ICB) and this request excludes it"),
                Arguments.of("lacks a specialism", profile((p, org) -> p.specialisms(Specialism.NON_RECENT_CASES)),
                        plain(), "Lacks: Sexual misconduct"),
                Arguments.of("holds only an expired accreditation",
                        profile((p, org) -> p.onlyAccreditation("Old", TODAY.minusYears(5), TODAY.minusDays(1))),
                        plain(), "No accreditation valid on"),
                Arguments.of("works on site only in London",
                        profile((p, org) -> p.workingOnSite(true, false)
                                .coverage(Set.of(NhsRegion.LONDON), Set.of(), Set.of())),
                        request(r -> r.deliveryMode(DeliveryMode.EITHER)),
                        "Does not cover North East and Yorkshire on site and does not work remotely"),
                Arguments.of("has no capacity", profile((p, org) -> p.capacity(0, 10)), plain(),
                        "No free case place"),
                Arguments.of("is away when it starts",
                        profile((p, org) -> p.unavailable(TODAY.plusDays(10), TODAY.plusDays(20))), plain(),
                        "when the work would start"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ineligible")
    void anOfferToAnIneligibleOrConflictedInvestigatorIsRefusedWithTheReason(
            String what, BiFunction<ProfileBuilder, Organisations, ProfileBuilder> profile,
            Function<RequestBuilder, RequestBuilder> request, String reason) {
        Organisations named = new Organisations(organisation, organisations.findByNameIgnoreCase(
                "Leeds Teaching Hospitals NHS Trust").orElseThrow().getId());
        FiledRequest filed = pool.file(requester, request.apply(new RequestBuilder(organisation)).build());
        PoolMember investigator = pool.activeInvestigator(profile.apply(eligibleProfile(), named).build());
        String organisationName = organisations.findById(organisation).orElseThrow().getName();
        signedIn.as(coordinator);

        assertThatThrownBy(() -> allocation.offer(filed.ref(), investigator.investigatorId()))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageStartingWith("Test Investigator ")
                .hasMessageContaining(" cannot be offered this request: ")
                .hasMessageContaining(reason.formatted(organisationName));

        RequestDetails unchanged = requests.request(filed.id());
        assertThat(unchanged.request().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(unchanged.request().version()).isEqualTo(filed.version());
        assertThat(unchanged.offers()).isEmpty();
    }

    @Test
    void anInvestigatorWhoLeftTheOrganisationLongEnoughAgoOrWorksInTheSameIcbOnAnOrdinaryCaseMayBeOffered() {
        long leeds = organisations.findByNameIgnoreCase("Leeds Teaching Hospitals NHS Trust").orElseThrow().getId();
        FiledRequest ordinary = pool.file(requester, requestFor(organisation));
        FiledRequest other = pool.file(requester, requestFor(organisation));
        PoolMember longGone = pool.activeInvestigator(eligibleProfile()
                .employment(organisation, TODAY.minusYears(10), TODAY.minusYears(3).minusDays(1)).build());
        PoolMember neighbour = pool.activeInvestigator(eligibleProfile()
                .employment(leeds, TODAY.minusYears(1), null).build());
        signedIn.as(coordinator);

        assertThat(allocation.offer(ordinary.ref(), longGone.investigatorId()).status())
                .isEqualTo(OfferStatus.PENDING);
        assertThat(allocation.offer(other.ref(), neighbour.investigatorId()).status())
                .isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void aPendingInvestigatorIsNotOfferedWorkUntilVetted() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember pending = pool.pendingInvestigator(eligibleProfile().build());
        signedIn.as(coordinator);

        assertThatThrownBy(() -> allocation.offer(filed.ref(), pending.investigatorId()))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageContaining("Not active in the pool (waiting for vetting)");
    }

    @Test
    void anInvestigatorWhoseProfileMatchingCannotReadIsLeftOutOfTheListAndRefusedAnOffer() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember unreadable = pool.activeInvestigator(eligibleProfile().build());
        // Written behind the profile form's back: the engine needs on site, remote or both.
        jdbc.update("update investigator set on_site = false, remote = false, version = version + 1 where id = ?",
                unreadable.investigatorId());
        signedIn.as(coordinator);

        var ranked = matching.rank(filed.id());
        assertThat(ranked.eligible()).noneMatch(r -> r.investigatorId() == unreadable.investigatorId());
        assertThat(ranked.excluded()).noneMatch(r -> r.investigatorId() == unreadable.investigatorId());
        assertThatThrownBy(() -> allocation.offer(filed.ref(), unreadable.investigatorId()))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageEndingWith("cannot be offered this request: their profile is incomplete.");
    }

    @Test
    void aCoordinatorOffersOnlyTheVersionTheySawAndOnlyOneOfferAtATime() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember first = pool.activeInvestigator(eligibleProfile().build());
        PoolMember second = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(coordinator);
        allocation.offer(filed.ref(), first.investigatorId());

        signedIn.as(accounts.create(Role.POOL_COORDINATOR).accountId());
        assertThatThrownBy(() -> allocation.offer(filed.ref(), second.investigatorId()))
                .as("another coordinator who saw the request before the first offer")
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("This request changed while you were looking at it");
        long current = requests.request(filed.id()).request().version();
        assertThatThrownBy(() -> allocation.offer(new RequestRef(filed.id(), current), second.investigatorId()))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Only an open request can be offered; this one is offered to an investigator");
        assertThat(requests.request(filed.id()).offers()).singleElement()
                .satisfies(offer -> assertThat(offer.investigatorId()).isEqualTo(first.investigatorId()));
    }

    @Test
    void twoCoordinatorsOfferingAtTheSameMomentOneWinsAndTheOtherIsTold() throws Exception {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        List<PoolMember> investigators = List.of(pool.activeInvestigator(eligibleProfile().build()),
                pool.activeInvestigator(eligibleProfile().build()));
        List<Long> coordinators = List.of(coordinator, accounts.create(Role.POOL_COORDINATOR).accountId());
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                long coordinatorId = coordinators.get(i);
                long investigatorId = investigators.get(i).investigatorId();
                outcomes.add(threads.submit(() -> {
                    signedIn.as(coordinatorId);
                    together.await();
                    try {
                        return allocation.offer(filed.ref(), investigatorId);
                    } catch (ConcurrentChangeException lost) {
                        return lost;
                    } finally {
                        signedIn.nobody();
                    }
                }));
            }
        }

        List<Object> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
        assertThat(results).filteredOn(OfferSummary.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ConcurrentChangeException.class::isInstance).hasSize(1);
        signedIn.as(coordinator);
        assertThat(requests.request(filed.id()).offers()).singleElement()
                .satisfies(offer -> assertThat(offer.status()).isEqualTo(OfferStatus.PENDING));
    }

    @Test
    void anOfferIsAnsweredOnceByItsInvestigatorAndNeverAfterItExpired() {
        FiledRequest acceptedRequest = pool.file(requester, requestFor(organisation));
        FiledRequest expiringRequest = pool.file(requester, requestFor(organisation));
        PoolMember investigator = pool.activeInvestigator(eligibleProfile().build());
        PoolMember someoneElse = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(coordinator);
        long acceptedOffer = allocation.offer(acceptedRequest.ref(), investigator.investigatorId()).offerId();
        long expiringOffer = allocation.offer(expiringRequest.ref(), investigator.investigatorId()).offerId();
        expireNow(expiringOffer);

        signedIn.as(someoneElse.accountId());
        assertThatThrownBy(() -> assignments.accept(acceptedOffer))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("There is no such offer for you");
        assertThatThrownBy(() -> assignments.accept(Long.MAX_VALUE))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("There is no such offer for you");

        signedIn.as(investigator.accountId());
        assertThat(assignments.myOffers()).filteredOn(offer -> offer.offerId() == expiringOffer).singleElement()
                .as("shown as expired before the job marks it").satisfies(offer ->
                        assertThat(offer.status()).isEqualTo(OfferStatus.EXPIRED));
        assignments.accept(acceptedOffer);
        assertThatThrownBy(() -> assignments.accept(acceptedOffer))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("You have already accepted this offer");
        assertThatThrownBy(() -> assignments.decline(acceptedOffer, "Changed my mind"))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("You have already accepted this offer");
        assertThatThrownBy(() -> assignments.accept(expiringOffer))
                .as("expired, though the expiry job has not run yet")
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageStartingWith("This offer has expired, so it can no longer be answered");
        assertThatThrownBy(() -> assignments.decline(expiringOffer, "Too late"))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageStartingWith("This offer has expired");
        assertThat(assignments.myAssignments()).singleElement()
                .satisfies(mine -> assertThat(mine.requestId()).isEqualTo(acceptedRequest.id()));
    }

    @Test
    void theExpiryJobLetsUnansweredOffersLapseAndPassesTheRequestToTheNextInRank() {
        FiledRequest lapsing = pool.file(requester, requestFor(organisation));
        FiledRequest waiting = pool.file(requester, requestFor(organisation));
        PoolMember silent = pool.activeInvestigator(eligibleProfile().build());
        pool.activeInvestigator(eligibleProfile().build()); // at least one to pass the request to
        signedIn.as(coordinator);
        long lapsingOffer = allocation.offer(lapsing.ref(), silent.investigatorId()).offerId();
        long waitingOffer = allocation.offer(waiting.ref(), silent.investigatorId()).offerId();
        long nextInRank = bestRankedExcept(lapsing.id(), silent.investigatorId());
        expireNow(lapsingOffer);
        signedIn.nobody();

        assertThat(expiry.expireLapsedOffers()).isGreaterThanOrEqualTo(1);

        signedIn.as(coordinator);
        RequestDetails passedOn = requests.request(lapsing.id());
        assertThat(passedOn.request().status()).isEqualTo(RequestStatus.OFFERED);
        assertThat(passedOn.offers()).extracting(OfferSummary::investigatorId, OfferSummary::status)
                .containsExactly(tuple(silent.investigatorId(), OfferStatus.EXPIRED),
                        tuple(nextInRank, OfferStatus.PENDING));
        assertThat(passedOn.offers().getFirst().answeredAt()).isPresent();
        assertThat(requests.request(waiting.id()).offers()).singleElement().satisfies(offer -> {
            assertThat(offer.offerId()).isEqualTo(waitingOffer);
            assertThat(offer.status()).isEqualTo(OfferStatus.PENDING);
        });
        assertThat(audit("investigation_request", lapsing.id()))
                .filteredOn(event -> event.getAction().equals("INVESTIGATION_OFFER_EXPIRED"))
                .singleElement().satisfies(event -> {
                    assertThat(event.getActorId()).as("nobody: the job").isNull();
                    assertThat(event.getDetail()).isEqualTo("offer " + lapsingOffer);
                });
        assertThat(expiry.expireLapsedOffers()).as("each offer lapses once").isZero();
    }

    @Test
    void aCoordinatorInThePoolIsNeverOfferedWorkInTurnOnTheirOwnBehalf() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        long both = accounts.create(Role.INVESTIGATOR, Role.POOL_COORDINATOR).accountId();
        signedIn.as(both);
        // As free as the pool allows, so that they would rank first if they were not the one offering.
        long coordinatorInPool = profiles.saveMyProfile(eligibleProfile().capacity(ProfileForm.MAX_CASES_AT_ONCE,
                ProfileForm.MAX_DAYS_PER_MONTH).build(), null).id();
        pool.moveTo(new PoolMember(coordinatorInPool, both), PoolStatus.ACTIVE);
        PoolMember declining = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(both);
        long offer = allocation.offer(filed.ref(), declining.investigatorId()).offerId();
        assertThat(bestRankedExcept(filed.id(), declining.investigatorId())).isEqualTo(coordinatorInPool);

        signedIn.as(declining.accountId());
        assignments.decline(offer, "A conflict I cannot share");

        signedIn.as(coordinator);
        RequestDetails passedOn = requests.request(filed.id());
        assertThat(passedOn.offers()).hasSize(2);
        assertThat(passedOn.offers().getLast().investigatorId()).isNotEqualTo(coordinatorInPool);
        // Out of the pool again, so that other tests' requests do not all go to this free investigator first.
        pool.moveTo(new PoolMember(coordinatorInPool, both), PoolStatus.RETIRED);
    }

    @Test
    void anInvestigatorWhoWithdrawsFreesTheRequestForAnother() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember leaving = pool.activeInvestigator(eligibleProfile().build());
        PoolMember replacement = pool.activeInvestigator(eligibleProfile()
                .contact("Jordan Replacement", "jordan@example.org", null).build());
        long assignmentId = pool.acceptedBy(leaving, filed.id(), filed.version()).assignmentId();
        assignments.signDeclaration(assignmentId, "No conflict.");
        assignments.recordMilestone(assignmentId, Milestone.TERMS_OF_REFERENCE_AGREED);

        assertThatThrownBy(() -> assignments.withdraw(assignmentId, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("reason", "Tell the coordinator why you withdraw, so they can reassign "
                                + "the case")));
        assignments.withdraw(assignmentId, "Taken ill");
        assertThatThrownBy(() -> assignments.caseDetails(assignmentId))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("You withdrew from this case");

        signedIn.as(requester);
        RequestDetails reopened = requests.request(filed.id());
        assertThat(reopened.request().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(reopened.request().allocatedAt()).isNull();
        assertThat(reopened.investigator()).isEmpty();
        assertThat(reopened.progress()).isEmpty();

        pool.acceptedBy(replacement, filed.id(), reopened.request().version());
        signedIn.as(requester);
        assertThat(requests.request(filed.id()).investigator()).get()
                .satisfies(contact -> assertThat(contact.email()).isEqualTo("jordan@example.org"));
    }

    @Test
    void aCoordinatorWithdrawsAnOfferWaitingForAnAnswer() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember investigator = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(coordinator);
        OfferSummary offer = allocation.offer(filed.ref(), investigator.investigatorId());
        long version = requests.request(filed.id()).request().version();

        allocation.withdrawOffer(new OfferRef(offer.offerId(), version));

        assertThat(requests.request(filed.id()).request().status()).isEqualTo(RequestStatus.OPEN);
        assertThatThrownBy(() -> allocation.withdrawOffer(new OfferRef(offer.offerId(),
                requests.request(filed.id()).request().version())))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("This offer is no longer waiting for an answer: it is withdrawn");
        signedIn.as(investigator.accountId());
        assertThatThrownBy(() -> assignments.accept(offer.offerId()))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("The coordinator withdrew this offer");
    }

    @Test
    void aCoordinatorWhoIsAlsoInThePoolCannotOfferARequestToThemselves() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        long both = accounts.create(Role.INVESTIGATOR, Role.POOL_COORDINATOR).accountId();
        signedIn.as(both);
        long investigatorId = profiles.saveMyProfile(eligibleProfile().build(), null).id();
        signedIn.as(coordinator);
        vetting.changeStatus(new InvestigatorRef(investigatorId, profiles.profile(investigatorId).version()),
                PoolStatus.ACTIVE, "Vetted");

        signedIn.as(both);
        assertThatThrownBy(() -> allocation.offer(filed.ref(), investigatorId))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessageStartingWith("You cannot offer a request to yourself");
    }

    @Test
    void eachStepIsForItsRoleOnly() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember investigator = pool.activeInvestigator(eligibleProfile().build());
        signedIn.as(coordinator);
        long offerId = allocation.offer(filed.ref(), investigator.investigatorId()).offerId();

        for (long someone : List.of(requester, investigator.accountId())) {
            signedIn.as(someone);
            assertThatThrownBy(() -> allocation.offer(filed.ref(), investigator.investigatorId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> allocation.withdrawOffer(new OfferRef(offerId,
                    0))).isInstanceOf(AccessDeniedException.class);
        }
        for (long someone : List.of(requester, coordinator)) {
            signedIn.as(someone);
            assertThatThrownBy(() -> assignments.accept(offerId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.decline(offerId, "No")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.myOffers()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.signDeclaration(1, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.recordMilestone(1, Milestone.CLOSED))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignments.withdraw(1, "x")).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as(investigator.accountId());
        assertThat(assignments.myOffers()).singleElement()
                .satisfies(offer -> assertThat(offer.status()).isEqualTo(OfferStatus.PENDING));
    }

    @Test
    void investigatorsOnlyActOnTheirOwnCases() {
        FiledRequest filed = pool.file(requester, requestFor(organisation));
        PoolMember owner = pool.activeInvestigator(eligibleProfile().build());
        PoolMember other = pool.activeInvestigator(eligibleProfile().build());
        long assignmentId = pool.acceptedBy(owner, filed.id(), filed.version()).assignmentId();
        assignments.signDeclaration(assignmentId, "No conflict.");

        signedIn.as(other.accountId());
        assertThatThrownBy(() -> assignments.caseDetails(assignmentId))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("There is no such case for you");
        assertThatThrownBy(() -> assignments.recordMilestone(assignmentId, Milestone.TERMS_OF_REFERENCE_AGREED))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("There is no such case for you");
        assertThatThrownBy(() -> assignments.withdraw(assignmentId, "Not mine"))
                .isInstanceOf(PoolActionRefusedException.class).hasMessage("There is no such case for you");
        assertThat(assignments.myAssignments()).isEmpty();
    }

    @Test
    void offersAndCasesOutsideEnglandAreMatchedByNation() {
        long welshBoard = pool.organisationIn(Nation.WALES);
        long welshRequester = pool.requesterOf(welshBoard);
        FiledRequest onSite = pool.file(welshRequester, new RequestBuilder(welshBoard)
                .deliveryMode(DeliveryMode.ON_SITE).build());
        PoolMember scotlandOnly = pool.activeInvestigator(eligibleProfile().workingOnSite(true, false)
                .coverage(Set.of(), Set.of(), Set.of(Nation.SCOTLAND)).build());
        PoolMember walesToo = pool.activeInvestigator(eligibleProfile().workingOnSite(true, false)
                .coverage(Set.of(), Set.of(), Set.of(Nation.WALES)).build());
        signedIn.as(coordinator);

        assertThatThrownBy(() -> allocation.offer(onSite.ref(), scotlandOnly.investigatorId()))
                .hasMessageContaining("Does not cover Wales on site");
        assertThat(allocation.offer(onSite.ref(), walesToo.investigatorId()).status())
                .isEqualTo(OfferStatus.PENDING);
        signedIn.as(walesToo.accountId());
        assertThat(assignments.myOffers().getFirst().area()).isEqualTo("Wales");
    }

    /** The investigator the ranked list puts first among those not yet asked, as the coordinator sees it. */
    private long bestRankedExcept(long requestId, long askedAlready) {
        signedIn.as(coordinator);
        return matching.rank(requestId).eligible().stream()
                .filter(investigator -> investigator.investigatorId() != askedAlready)
                .findFirst().orElseThrow().investigatorId();
    }

    private void expireNow(long offerId) {
        jdbc.update("update investigation_offer set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), offerId);
    }

    private RequestStatus status(long requestId) {
        return RequestStatus.valueOf(jdbc.queryForObject("select status from investigation_request where id = ?",
                String.class, requestId));
    }

    private List<AuditEvent> audit(String type, long id) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt(type, Long.toString(id));
    }

    private static BiFunction<ProfileBuilder, Organisations, ProfileBuilder> profile(
            BiFunction<ProfileBuilder, Organisations, ProfileBuilder> change) {
        return change;
    }

    private static Function<RequestBuilder, RequestBuilder> request(Function<RequestBuilder, RequestBuilder> change) {
        return change;
    }

    private static Function<RequestBuilder, RequestBuilder> plain() {
        return Function.identity();
    }
}
