package uk.sexualsafety.cop.portal.investigator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.StatusChange;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;

@IntegrationTest
class PoolVettingIT {

    @Autowired
    PoolVetting vetting;
    @Autowired
    InvestigatorProfiles profiles;
    @Autowired
    InvestigationRequests requests;
    @Autowired
    Allocation allocation;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AuditEventRepository auditEvents;

    PoolTestData pool;

    @BeforeEach
    void testData() {
        pool = new PoolTestData(context);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCoordinatorVetsAnInvestigatorInAndOutOfThePoolWithAReasonForEachMove() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());
        long coordinator = pool.coordinator();
        String coordinatorName = signedIn.as(coordinator).displayName();
        assertThat(vetting.investigators(PoolStatus.PENDING))
                .anySatisfy(waiting -> assertThat(waiting.id()).isEqualTo(member.investigatorId()));

        InvestigatorProfile active = vetting.changeStatus(new InvestigatorRef(member.investigatorId(),
                version(member)), PoolStatus.ACTIVE, " References and DBS checked ");
        InvestigatorProfile suspended = vetting.changeStatus(new InvestigatorRef(member.investigatorId(),
                active.version()), PoolStatus.SUSPENDED, "Accreditation under review");
        InvestigatorProfile reactivated = vetting.changeStatus(new InvestigatorRef(member.investigatorId(),
                suspended.version()), PoolStatus.ACTIVE, "Accreditation renewed");
        InvestigatorProfile retired = vetting.changeStatus(new InvestigatorRef(member.investigatorId(),
                reactivated.version()), PoolStatus.RETIRED, "Left the profession");

        assertThat(retired.status()).isEqualTo(PoolStatus.RETIRED);
        assertThat(retired.statusHistory()).extracting(StatusChange::from, StatusChange::to, StatusChange::reason)
                .containsExactly(
                        tuple(null, PoolStatus.PENDING, "Joined the pool"),
                        tuple(PoolStatus.PENDING, PoolStatus.ACTIVE, "References and DBS checked"),
                        tuple(PoolStatus.ACTIVE, PoolStatus.SUSPENDED, "Accreditation under review"),
                        tuple(PoolStatus.SUSPENDED, PoolStatus.ACTIVE, "Accreditation renewed"),
                        tuple(PoolStatus.ACTIVE, PoolStatus.RETIRED, "Left the profession"));
        assertThat(retired.statusHistory().subList(1, 5)).extracting(StatusChange::changedBy)
                .containsOnly(coordinatorName);
        assertThat(vetting.investigators(PoolStatus.RETIRED))
                .anySatisfy(gone -> assertThat(gone.id()).isEqualTo(member.investigatorId()));
        assertThat(vetting.investigators(PoolStatus.ACTIVE))
                .noneSatisfy(gone -> assertThat(gone.id()).isEqualTo(member.investigatorId()));
        assertThat(auditOf(member)).filteredOn(event -> event.getAction().equals("INVESTIGATOR_STATUS_CHANGED"))
                .extracting(AuditEvent::getActorId, AuditEvent::getDetail)
                .containsExactly(tuple(coordinator, "PENDING -> ACTIVE"), tuple(coordinator, "ACTIVE -> SUSPENDED"),
                        tuple(coordinator, "SUSPENDED -> ACTIVE"), tuple(coordinator, "ACTIVE -> RETIRED"));
        signedIn.as(member.accountId());
        assertThat(profiles.myProfile().orElseThrow().statusHistory()).as("the investigator sees why")
                .extracting(StatusChange::reason).contains("Left the profession");
    }

    @Test
    void onlyTheAllowedMovesAreMade() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());
        signedIn.as(pool.coordinator());

        assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), version(member)),
                PoolStatus.SUSPENDED, "Why"))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("An investigator who is waiting for vetting cannot be moved to suspended");
        vetting.changeStatus(new InvestigatorRef(member.investigatorId(), version(member)), PoolStatus.RETIRED,
                "Did not pass vetting");
        assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), version(member)),
                PoolStatus.ACTIVE, "Back"))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("An investigator who is retired cannot be moved to active");
        assertThat(PoolVetting.nextStatuses(PoolStatus.SUSPENDED))
                .containsExactlyInAnyOrder(PoolStatus.ACTIVE, PoolStatus.RETIRED);
    }

    @Test
    void aMoveNeedsAReasonAndTheVersionTheCoordinatorSaw() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());
        signedIn.as(pool.coordinator());
        long seen = version(member);

        assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), seen),
                PoolStatus.ACTIVE, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of("reason", "Give the reason, for the investigator's record")));
        vetting.changeStatus(new InvestigatorRef(member.investigatorId(), seen), PoolStatus.ACTIVE, "Checked");

        signedIn.as(accounts.create(Role.POOL_COORDINATOR).accountId());
        assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), seen),
                PoolStatus.RETIRED, "Other view"))
                .as("a second coordinator acting on what they saw before the first one's move")
                .isInstanceOf(ConcurrentChangeException.class);
        signedIn.as(pool.coordinator());
        assertThat(profiles.profile(member.investigatorId()).status()).isEqualTo(PoolStatus.ACTIVE);
    }

    @Test
    void aCoordinatorWhoIsAlsoAnInvestigatorCannotVetThemselves() {
        long both = accounts.create(Role.INVESTIGATOR, Role.POOL_COORDINATOR).accountId();
        signedIn.as(both);
        InvestigatorProfile mine = profiles.saveMyProfile(eligibleProfile().build(), null);

        assertThatThrownBy(() -> vetting.changeStatus(mine.ref(), PoolStatus.ACTIVE, "Trust me"))
                .isInstanceOf(PoolActionRefusedException.class)
                .hasMessage("Another coordinator must decide on your own place in the pool");
    }

    @Test
    void suspendingAnInvestigatorWithdrawsTheirPendingOfferAndReopensTheRequest() {
        PoolMember member = pool.activeInvestigator(eligibleProfile().build());
        long organisation = pool.organisationInIcb("QOP");
        FiledRequest filed = pool.file(pool.requesterOf(organisation), PoolTestData.requestFor(organisation));
        signedIn.as(pool.coordinator());
        allocation.offer(filed.ref(), member.investigatorId());

        vetting.changeStatus(new InvestigatorRef(member.investigatorId(), version(member)), PoolStatus.SUSPENDED,
                "Complaint being looked into");

        RequestDetails request = requests.request(filed.id());
        assertThat(request.request().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.offers()).singleElement().satisfies(offer ->
                assertThat(offer.status()).isEqualTo(OfferStatus.WITHDRAWN));
    }

    @Test
    void onlyCoordinatorsVet() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());

        signedIn.nobody();
        assertThatThrownBy(() -> vetting.investigators(PoolStatus.PENDING))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        for (Role[] roles : List.of(new Role[]{Role.INVESTIGATOR}, new Role[]{Role.TRUST_REQUESTER, Role.MEMBER},
                new Role[]{Role.ADMINISTRATOR, Role.MODERATOR})) {
            signedIn.as(accounts.create(roles[0], roles).accountId());
            assertThatThrownBy(() -> vetting.investigators(PoolStatus.PENDING))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), 0),
                    PoolStatus.ACTIVE, "Self-service")).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as(member.accountId());
        assertThatThrownBy(() -> vetting.changeStatus(new InvestigatorRef(member.investigatorId(), 0),
                PoolStatus.ACTIVE, "Self-service"))
                .as("the investigator themselves").isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.myProfile().orElseThrow().status()).isEqualTo(PoolStatus.PENDING);
    }

    /** The profile's version as the test's coordinator sees it; leaves them signed in. */
    private long version(PoolMember member) {
        signedIn.as(pool.coordinator());
        return profiles.profile(member.investigatorId()).version();
    }

    private List<AuditEvent> auditOf(PoolMember member) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("investigator",
                Long.toString(member.investigatorId()));
    }
}
