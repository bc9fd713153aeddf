package uk.sexualsafety.cop.portal.investigator;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.Employment;
import uk.sexualsafety.cop.db.investigator.EmploymentAt;
import uk.sexualsafety.cop.db.investigator.Milestone;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.RequestBuilder;
import uk.sexualsafety.cop.portal.investigator.matching.Capacity;
import uk.sexualsafety.cop.portal.investigator.matching.Coverage;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorCandidate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.requestFor;

@IntegrationTest
class CandidateLoaderIT {

    private static final LocalDate TODAY = LocalDate.now(PoolDates.UK);

    @Autowired
    CandidateLoader loader;
    @Autowired
    Assignments assignments;
    @Autowired
    InvestigatorProfiles profiles;
    @Autowired
    ApplicationContext context;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

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
    void anActiveInvestigatorIsLoadedWithEverythingMatchingNeeds() {
        long employer = pool.organisationInIcb("QOP");
        long conflicted = pool.organisationIn(Nation.SCOTLAND);
        long requesting = pool.organisationInIcb("QKK");
        long requester = pool.requesterOf(requesting);
        PoolMember member = pool.activeInvestigator(eligibleProfile()
                .specialisms(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS)
                .onlyAccreditation("Current", LocalDate.of(2022, 1, 1), null)
                .accreditation("Lapsed", LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1))
                .coverage(Set.of(NhsRegion.NORTH_WEST), Set.of(pool.icbId("QKK")), Set.of(Nation.WALES))
                .workingOnSite(true, false)
                .capacity(5, 12)
                .unavailable(TODAY.plusMonths(3), TODAY.plusMonths(3).plusDays(6))
                .employment(employer, LocalDate.of(2012, 9, 1), null)
                .conflict(conflicted, "Former partner works there")
                .build());

        long open = accepted(member, pool.file(requester, new RequestBuilder(requesting).estimatedDays(12)
                .deliveryMode(DeliveryMode.EITHER).build()));
        long withdrawn = accepted(member, pool.file(requester, onSite(requesting)));
        assignments.withdraw(withdrawn, "Unwell");
        long closedLongAgo = closedCase(member, pool.file(requester, onSite(requesting)));
        jdbc.update("update investigation_assignment set accepted_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), closedLongAgo);
        closedCase(member, pool.file(requester, onSite(requesting)));
        FiledRequest offered = pool.file(requester, onSite(requesting));
        pool.offer(offered.id(), offered.version(), member);

        InvestigatorCandidate candidate = candidate(member);

        String employerName = organisations.findById(employer).orElseThrow().getName();
        assertThat(candidate).as("one open case and one pending offer take two places; two cases this year")
                .isEqualTo(new InvestigatorCandidate(member.investigatorId(), candidate.displayName(),
                        PoolStatus.ACTIVE, Set.of(Specialism.SEXUAL_MISCONDUCT, Specialism.SENIOR_LEADERS),
                        candidate.accreditations(),
                        new Coverage(Set.of(NhsRegion.NORTH_WEST), Set.of(pool.icbId("QKK")), Set.of(Nation.WALES),
                                true, false),
                        new Capacity(5, 12), 2, 0,
                        List.of(new DatePeriod(TODAY.plusMonths(3), TODAY.plusMonths(3).plusDays(6))),
                        List.of(new EmploymentAt(new Employment(employer, LocalDate.of(2012, 9, 1), null),
                                employerName, pool.icbId("QOP"))),
                        Set.of(conflicted), 2));
        assertThat(candidate.accreditations()).containsExactlyInAnyOrder(
                new Accreditation("Current", LocalDate.of(2022, 1, 1), null),
                new Accreditation("Lapsed", LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1)));
        assertThat(candidate.displayName()).startsWith("Test Investigator ");
    }

    @Test
    void onlyActiveInvestigatorsAreInThePoolButAnyoneCanBeCheckedAlone() {
        PoolMember pending = pool.pendingInvestigator(eligibleProfile().build());
        PoolMember suspended = pool.activeInvestigator(eligibleProfile().build());
        pool.moveTo(suspended, PoolStatus.SUSPENDED);

        assertThat(loader.activeCandidates()).extracting(InvestigatorCandidate::investigatorId)
                .doesNotContain(pending.investigatorId(), suspended.investigatorId());
        assertThat(loader.candidate(pending.investigatorId())).get()
                .satisfies(c -> assertThat(c.status()).isEqualTo(PoolStatus.PENDING));
        assertThat(loader.candidate(suspended.investigatorId())).get()
                .satisfies(c -> assertThat(c.status()).isEqualTo(PoolStatus.SUSPENDED));
        assertThat(loader.candidate(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theWholePoolLoadsInTwelveQueriesHoweverLargeItIsAndOnceWhileNothingChanges() {
        for (int i = 0; i < 3; i++) {
            pool.activeInvestigator(eligibleProfile().employment(pool.organisationInIcb("QWO"), TODAY, null)
                    .conflict(pool.organisationIn(Nation.WALES), "Friend").unavailable(TODAY, TODAY).build());
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            List<InvestigatorCandidate> loaded = loader.activeCandidates();
            assertThat(loaded.size()).isGreaterThanOrEqualTo(3);
            assertThat(statistics.getPrepareStatementCount()).as("the check of what changed, then twelve")
                    .isEqualTo(13);

            statistics.clear();
            assertThat(loader.activeCandidates()).isSameAs(loaded);
            assertThat(statistics.getPrepareStatementCount()).as("only the check").isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void aChangeToAProfileAnOfferOrACaseIsSeenAtOnce() {
        long organisation = pool.organisationInIcb("QWO");
        long requester = pool.requesterOf(organisation);
        PoolMember member = pool.activeInvestigator(eligibleProfile().build());
        assertThat(candidate(member).unavailable()).isEmpty();

        signedIn.as(member.accountId());
        InvestigatorProfile profile = profiles.myProfile().orElseThrow();
        ProfileForm away = eligibleProfile().unavailable(TODAY.plusDays(1), TODAY.plusDays(2)).build();
        profiles.saveMyProfile(away, profile.version());
        assertThat(candidate(member).unavailable())
                .containsExactly(new DatePeriod(TODAY.plusDays(1), TODAY.plusDays(2)));

        FiledRequest filed = pool.file(requester, requestFor(organisation));
        pool.offer(filed.id(), filed.version(), member);
        assertThat(candidate(member)).as("a pending offer takes a place")
                .extracting(InvestigatorCandidate::openCases, InvestigatorCandidate::assignmentsInLast12Months)
                .containsExactly(1, 0);

        signedIn.as(member.accountId());
        assignments.accept(assignments.myOffers().getFirst().offerId());
        assertThat(candidate(member)).as("the accepted offer is an open case of this year")
                .extracting(InvestigatorCandidate::openCases, InvestigatorCandidate::assignmentsInLast12Months)
                .containsExactly(1, 1);
    }

    @Test
    void aRequestIsLoadedWithWhereItsOrganisationIs() {
        long organisation = pool.organisationInIcb("QWO");
        FiledRequest filed = pool.file(pool.requesterOf(organisation), new RequestBuilder(organisation)
                .seniorLeaderInvolved(true).specialisms(Specialism.SENIOR_LEADERS, Specialism.NON_RECENT_CASES)
                .build());

        assertThat(loader.request(filed.id())).get().satisfies(request -> {
            assertThat(request.organisationId()).isEqualTo(organisation);
            assertThat(request.organisationIcbId()).isEqualTo(pool.icbId("QWO"));
            assertThat(request.icbName()).isNotBlank();
            assertThat(request.region()).isEqualTo(NhsRegion.NORTH_EAST_AND_YORKSHIRE);
            assertThat(request.nation()).isEqualTo(Nation.ENGLAND);
            assertThat(request.excludeSameIcb()).isTrue();
            assertThat(request.seniorLeaderInvolved()).isTrue();
            assertThat(request.specialismsNeeded())
                    .containsExactlyInAnyOrder(Specialism.SENIOR_LEADERS, Specialism.NON_RECENT_CASES);
        });
        assertThat(loader.request(Long.MAX_VALUE)).isEmpty();
    }

    private InvestigatorCandidate candidate(PoolMember member) {
        return loader.activeCandidates().stream().filter(c -> c.investigatorId() == member.investigatorId())
                .findFirst().orElseThrow();
    }

    private static RequestForm onSite(long organisation) {
        return new RequestBuilder(organisation).deliveryMode(DeliveryMode.ON_SITE).build();
    }

    private long accepted(PoolMember member, FiledRequest filed) {
        return pool.acceptedBy(member, filed.id(), filed.version()).assignmentId();
    }

    private long closedCase(PoolMember member, FiledRequest filed) {
        long assignmentId = accepted(member, filed);
        assignments.signDeclaration(assignmentId, "No conflict.");
        for (Milestone milestone : Milestone.values()) {
            assignments.recordMilestone(assignmentId, milestone);
        }
        return assignmentId;
    }
}
