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
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile.AccreditationView;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.PoolMember;
import uk.sexualsafety.cop.portal.investigator.PoolTestData.ProfileBuilder;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.sexualsafety.cop.portal.investigator.PoolTestData.eligibleProfile;

@IntegrationTest
class InvestigatorProfilesIT {

    private static final LocalDate TODAY = LocalDate.now(PoolDates.UK);

    @Autowired
    InvestigatorProfiles profiles;
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
    void anInvestigatorKeepsTheirProfileWhichWaitsForVetting() {
        long employer = pool.organisationInIcb("QWO");
        long conflicted = pool.organisationIn(Nation.WALES);
        long investigatorAccount = accounts.create(Role.MEMBER, Role.INVESTIGATOR).accountId();
        signedIn.as(investigatorAccount);
        assertThat(profiles.myProfile()).isEmpty();

        InvestigatorProfile created = profiles.saveMyProfile(eligibleProfile()
                .contact(" Alex Investigator ", "alex@example.org", " 07700 900123 ")
                .specialisms(Specialism.SENIOR_LEADERS, Specialism.TRAUMA_INFORMED_INTERVIEWING)
                .onlyAccreditation("Lapsed certificate", TODAY.minusYears(3), TODAY.minusDays(1))
                .accreditation("Current certificate", TODAY.minusYears(1), TODAY)
                .coverage(Set.of(NhsRegion.LONDON), Set.of(pool.icbId("QWO")), Set.of(Nation.SCOTLAND))
                .capacity(2, 8)
                .unavailable(TODAY.plusDays(10), TODAY.plusDays(20))
                .employment(employer, LocalDate.of(2015, 4, 1), LocalDate.of(2019, 3, 31))
                .conflict(conflicted, "A close relative works there")
                .build(), null);

        assertThat(created.status()).isEqualTo(PoolStatus.PENDING);
        assertThat(created.accountId()).isEqualTo(investigatorAccount);
        assertThat(created.displayName()).isEqualTo("Alex Investigator");
        assertThat(created.contactPhone()).isEqualTo("07700 900123");
        assertThat(created.statusHistory()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(PoolStatus.PENDING);
            assertThat(change.reason()).isEqualTo("Joined the pool");
        });
        assertThat(created.accreditations()).extracting(AccreditationView::name, AccreditationView::expired)
                .containsExactly(tuple("Lapsed certificate", true), tuple("Current certificate", false));
        assertThat(created.icbs()).singleElement().satisfies(icb -> assertThat(icb.name())
                .isEqualTo("NHS West Yorkshire ICB"));
        assertThat(created.employment()).singleElement().satisfies(job -> {
            assertThat(job.organisationId()).isEqualTo(employer);
            assertThat(job.organisationName()).startsWith("Pool Test ");
        });
        assertThat(created.conflicts()).singleElement().satisfies(conflict -> assertThat(conflict.description())
                .isEqualTo("A close relative works there"));
        assertThat(profiles.myProfile()).get().satisfies(mine -> {
            assertThat(mine.id()).isEqualTo(created.id());
            assertThat(mine.version()).isEqualTo(created.version());
            assertThat(mine.toForm()).isEqualTo(created.toForm());
        });

        ProfileForm edit = new ProfileForm("Alex Investigator", created.contactEmail(), null,
                Set.of(Specialism.SENIOR_LEADERS), created.toForm().accreditations(), Set.of(), Set.of(),
                Set.of(Nation.WALES), false, true, 1, 4, List.of(), List.of(), List.of());
        InvestigatorProfile updated = profiles.saveMyProfile(edit, created.version());

        assertThat(updated.version()).isGreaterThan(created.version());
        assertThat(updated.contactPhone()).isNull();
        assertThat(updated.nations()).containsExactly(Nation.WALES);
        assertThat(updated.employment()).isEmpty();
        assertThat(updated.status()).as("only coordinators change the status").isEqualTo(PoolStatus.PENDING);
        assertThat(audit(created.id())).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("INVESTIGATOR_PROFILE_CREATED", investigatorAccount),
                        tuple("INVESTIGATOR_PROFILE_UPDATED", investigatorAccount));
        assertThat(audit(created.id())).extracting(AuditEvent::getDetail).containsOnlyNulls();
    }

    @Test
    void anEditOfAVersionThatChangedMeanwhileIsRefused() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());
        InvestigatorProfile seen = profiles.myProfile().orElseThrow();
        profiles.saveMyProfile(eligibleProfile().capacity(1, 2).build(), seen.version());

        assertThatThrownBy(() -> profiles.saveMyProfile(eligibleProfile().capacity(5, 5).build(), seen.version()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed in another window");
        assertThatThrownBy(() -> profiles.saveMyProfile(eligibleProfile().build(), null))
                .as("a second first save").isInstanceOf(ConcurrentChangeException.class);
        assertThat(profiles.myProfile().orElseThrow().casesAtOnce()).isEqualTo(1);
        assertThat(member.accountId()).isPositive();
    }

    static Stream<Arguments> badProfiles() {
        LocalDate day = LocalDate.of(2030, 6, 1);
        return Stream.of(
                Arguments.of("overlapping unavailable periods", change(p -> p.unavailable(day, day.plusDays(9))
                                .unavailable(day.plusDays(9), day.plusDays(12))),
                        "unavailable[1].from", "This period overlaps the one from 1 June 2030 to 10 June 2030: join "
                                + "them into one"),
                Arguments.of("an unavailable period ending before it starts",
                        change(p -> p.unavailable(day, day.minusDays(1))),
                        "unavailable[0].to", "The last day must be on or after the first day"),
                Arguments.of("an employment ending before it starts",
                        change(p -> p.employment(1L, day, day.minusMonths(1))),
                        "employment[0].to", "The end date must be on or after the start date"),
                Arguments.of("an employment at an organisation that does not exist",
                        change(p -> p.employment(-1L, day, null)),
                        "employment[0].organisationId", "Choose the organisation you worked for"),
                Arguments.of("cases at once below zero", change(p -> p.capacity(-1, 4)),
                        "casesAtOnce", "Capacity cannot be below zero"),
                Arguments.of("days per month below zero", change(p -> p.capacity(1, -4)),
                        "daysPerMonth", "Capacity cannot be below zero"),
                Arguments.of("no capacity given", change(p -> p.capacity(null, 4)),
                        "casesAtOnce", "Enter how many cases you can take at once"),
                Arguments.of("an accreditation ending before it starts",
                        change(p -> p.accreditation("Certificate", day, day.minusDays(1))),
                        "accreditations[1].validUntil", "The end date must be on or after the start date"),
                Arguments.of("an accreditation without a name", change(p -> p.accreditation(" ", day, null)),
                        "accreditations[1].name", "Enter the name of the accreditation or training"),
                Arguments.of("neither on site nor remote", change(p -> p.workingOnSite(false, false)),
                        "onSite", "Choose whether you work on site, remotely or both"),
                Arguments.of("England as a nation", change(p -> p.coverage(Set.of(), Set.of(),
                                Set.of(Nation.ENGLAND))),
                        "nations", "Cover England by choosing its regions or integrated care boards"),
                Arguments.of("an ICB that does not exist", change(p -> p.coverage(Set.of(), Set.of(-5L), Set.of())),
                        "icbIds", "Choose integrated care boards from the list"),
                Arguments.of("a conflict without a description", change(p -> p.conflict(1L, "")),
                        "conflicts[0].description",
                        "Describe the conflict, such as a close relationship with someone who works there"),
                Arguments.of("no name", change(p -> p.contact(" ", "a@example.org", null)),
                        "displayName", "Enter the name coordinators and requesters will see"),
                Arguments.of("a malformed email", change(p -> p.contact("A", "not an email", null)),
                        "contactEmail", "Enter an email address in the correct format, like name@example.org"),
                Arguments.of("a malformed phone number", change(p -> p.contact("A", "a@example.org", "call me")),
                        "contactPhone", "Enter a phone number, like 020 7946 0000 or +44 20 7946 0000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badInputGetsAMessageNextToItsFieldAndSavesNothing(String what, UnaryOperator<ProfileBuilder> change,
                                                           String field, String message) {
        signedIn.as(accounts.create(Role.INVESTIGATOR).accountId());

        assertThatThrownBy(() -> profiles.saveMyProfile(change.apply(eligibleProfile()).build(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .isEqualTo(Map.of(field, message)));
        assertThat(profiles.myProfile()).isEmpty();
    }

    @Test
    void coordinatorsReadAnyProfileWithContactDetailsAndTheReadingIsAudited() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile()
                .contact("Sam Investigator", "sam@example.org", "020 7946 0001").build());
        long coordinator = pool.coordinator();
        signedIn.as(coordinator);

        InvestigatorProfile profile = profiles.profile(member.investigatorId());

        assertThat(profile.contactEmail()).isEqualTo("sam@example.org");
        assertThat(profile.contactPhone()).isEqualTo("020 7946 0001");
        assertThat(audit(member.investigatorId())).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .contains(tuple("INVESTIGATOR_PROFILE_VIEWED", coordinator));
        assertThatThrownBy(() -> profiles.profile(-1)).isInstanceOf(PoolActionRefusedException.class);
    }

    @Test
    void onlyInvestigatorsKeepAProfileAndOnlyCoordinatorsReadOthers() {
        PoolMember member = pool.pendingInvestigator(eligibleProfile().build());
        ProfileForm form = eligibleProfile().build();

        signedIn.nobody();
        assertThatThrownBy(() -> profiles.myProfile())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> profiles.profile(member.investigatorId()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);

        signedIn.as(accounts.create(Role.MEMBER, Role.TRUST_REQUESTER, Role.MODERATOR, Role.ADMINISTRATOR)
                .accountId());
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.saveMyProfile(form, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.profile(member.investigatorId())).isInstanceOf(AccessDeniedException.class);

        signedIn.as(pool.pendingInvestigator(eligibleProfile().build()).accountId());
        assertThatThrownBy(() -> profiles.profile(member.investigatorId()))
                .as("an investigator reading another's profile").isInstanceOf(AccessDeniedException.class);

        signedIn.as(pool.coordinator());
        assertThatThrownBy(() -> profiles.saveMyProfile(form, null))
                .as("a coordinator who is not an investigator").isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditEvent> audit(long investigatorId) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("investigator",
                Long.toString(investigatorId));
    }

    private static UnaryOperator<ProfileBuilder> change(UnaryOperator<ProfileBuilder> change) {
        return change;
    }
}
