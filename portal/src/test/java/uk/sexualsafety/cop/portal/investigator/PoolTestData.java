package uk.sexualsafety.cop.portal.investigator;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.AccreditationEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.ConflictEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.EmploymentEntry;
import uk.sexualsafety.cop.portal.investigator.ProfileForm.PeriodEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the pool's test data: organisations of its own per test, so that "their organisation's requests" is exactly
 * what the test made, and investigators vetted into the pool. The helpers sign in as whoever acts; tests sign in
 * again before their own steps.
 */
final class PoolTestData {

    /** The summary of a request that names nobody and nothing the anonymiser warns about. */
    static final String CLEAN_SUMMARY = "A paramedic reported repeated unwanted comments from a more senior "
            + "colleague during night shifts, and felt unable to raise it with their line manager.";

    record PoolMember(long investigatorId, long accountId) {
    }

    private final TestAccounts accounts;
    private final SignedIn signedIn;
    private final OrganisationRepository organisations;
    private final IcbRepository icbs;
    private final InvestigatorProfiles profiles;
    private final PoolVetting vetting;
    private final InvestigationRequests requests;
    private final Allocation allocation;
    private final Assignments assignments;
    private final TransactionTemplate transaction;
    private Long coordinator;

    /** Takes what it needs from the test's application context, so that tests need not wire it all. */
    PoolTestData(ApplicationContext context) {
        this.accounts = context.getBean(TestAccounts.class);
        this.signedIn = context.getBean(SignedIn.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.icbs = context.getBean(IcbRepository.class);
        this.profiles = context.getBean(InvestigatorProfiles.class);
        this.vetting = context.getBean(PoolVetting.class);
        this.requests = context.getBean(InvestigationRequests.class);
        this.allocation = context.getBean(Allocation.class);
        this.assignments = context.getBean(Assignments.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    /** A new trust in the ICB with this code. */
    long organisationInIcb(String icbCode) {
        return transaction.execute(status -> organisations.save(new Organisation("Pool Test " + unique()
                + " Trust", null, OrganisationType.ACUTE_TRUST, Nation.ENGLAND, icbs.findAll().stream()
                .filter(icb -> icb.getCode().equals(icbCode)).findFirst().orElseThrow())).getId());
    }

    /** A new health board outside England. */
    long organisationIn(Nation nation) {
        return transaction.execute(status -> organisations.save(new Organisation("Pool Test " + unique()
                + " Health Board", null, OrganisationType.HEALTH_BOARD, nation, null)).getId());
    }

    long icbId(String code) {
        return icbs.findAll().stream().filter(icb -> icb.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** A pool coordinator, the same one for every step of this test data. */
    long coordinator() {
        if (coordinator == null) {
            coordinator = accounts.create(Role.POOL_COORDINATOR).accountId();
        }
        return coordinator;
    }

    long requesterOf(long organisationId) {
        return accounts.createIn(organisationId, Role.MEMBER, Role.TRUST_REQUESTER).accountId();
    }

    /** An investigator with this profile, waiting for vetting. */
    PoolMember pendingInvestigator(ProfileForm profile) {
        long accountId = accounts.create(Role.MEMBER, Role.INVESTIGATOR).accountId();
        signedIn.as(accountId);
        return new PoolMember(profiles.saveMyProfile(profile, null).id(), accountId);
    }

    /** An investigator with this profile, vetted into the active pool. */
    PoolMember activeInvestigator(ProfileForm profile) {
        PoolMember member = pendingInvestigator(profile);
        moveTo(member, PoolStatus.ACTIVE);
        return member;
    }

    void moveTo(PoolMember member, PoolStatus status) {
        signedIn.as(coordinator());
        long version = profiles.profile(member.investigatorId()).version();
        vetting.changeStatus(new InvestigatorRef(member.investigatorId(), version), status, "Vetting for a test");
    }

    FiledRequest file(long requesterAccountId, RequestForm form) {
        signedIn.as(requesterAccountId);
        return requests.file(form);
    }

    /** The coordinator offers the request, at the version given, to the investigator. */
    OfferSummary offer(long requestId, long requestVersion, PoolMember investigator) {
        signedIn.as(coordinator());
        return allocation.offer(new RequestRef(requestId, requestVersion), investigator.investigatorId());
    }

    /** The request offered to the investigator, who accepts it and stays signed in. */
    AssignmentSummary acceptedBy(PoolMember investigator, long requestId, long requestVersion) {
        long offerId = offer(requestId, requestVersion, investigator).offerId();
        signedIn.as(investigator.accountId());
        return assignments.accept(offerId);
    }

    static RequestForm requestFor(long organisationId) {
        return new RequestBuilder(organisationId).build();
    }

    static ProfileBuilder eligibleProfile() {
        return new ProfileBuilder();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A profile that matches any request by default: every specialism, everywhere, on site and remote. */
    static final class ProfileBuilder {
        private String displayName = "Test Investigator " + unique();
        private String contactEmail = "investigator-" + unique() + "@example.org";
        private String contactPhone = "020 7946 0000";
        private Set<Specialism> specialisms = EnumSet.allOf(Specialism.class);
        private final List<AccreditationEntry> accreditations = new ArrayList<>(List.of(
                new AccreditationEntry("Workplace investigations", LocalDate.of(2020, 1, 1), null)));
        private Set<NhsRegion> regions = EnumSet.allOf(NhsRegion.class);
        private Set<Long> icbIds = Set.of();
        private Set<Nation> nations = EnumSet.of(Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND);
        private boolean onSite = true;
        private boolean remote = true;
        private Integer casesAtOnce = 3;
        private Integer daysPerMonth = 10;
        private final List<PeriodEntry> unavailable = new ArrayList<>();
        private final List<EmploymentEntry> employment = new ArrayList<>();
        private final List<ConflictEntry> conflicts = new ArrayList<>();

        ProfileBuilder specialisms(Specialism... specialisms) {
            this.specialisms = Set.of(specialisms);
            return this;
        }

        ProfileBuilder accreditation(String name, LocalDate from, LocalDate until) {
            accreditations.add(new AccreditationEntry(name, from, until));
            return this;
        }

        ProfileBuilder onlyAccreditation(String name, LocalDate from, LocalDate until) {
            accreditations.clear();
            return accreditation(name, from, until);
        }

        ProfileBuilder coverage(Set<NhsRegion> regions, Set<Long> icbIds, Set<Nation> nations) {
            this.regions = regions;
            this.icbIds = icbIds;
            this.nations = nations;
            return this;
        }

        ProfileBuilder workingOnSite(boolean onSite, boolean remote) {
            this.onSite = onSite;
            this.remote = remote;
            return this;
        }

        ProfileBuilder capacity(Integer casesAtOnce, Integer daysPerMonth) {
            this.casesAtOnce = casesAtOnce;
            this.daysPerMonth = daysPerMonth;
            return this;
        }

        ProfileBuilder unavailable(LocalDate from, LocalDate to) {
            unavailable.add(new PeriodEntry(from, to));
            return this;
        }

        ProfileBuilder employment(Long organisationId, LocalDate from, LocalDate to) {
            employment.add(new EmploymentEntry(organisationId, from, to));
            return this;
        }

        ProfileBuilder conflict(Long organisationId, String description) {
            conflicts.add(new ConflictEntry(organisationId, description));
            return this;
        }

        ProfileBuilder contact(String displayName, String email, String phone) {
            this.displayName = displayName;
            this.contactEmail = email;
            this.contactPhone = phone;
            return this;
        }

        ProfileForm build() {
            return new ProfileForm(displayName, contactEmail, contactPhone, specialisms, accreditations, regions,
                    icbIds, nations, onSite, remote, casesAtOnce, daysPerMonth, unavailable, employment, conflicts);
        }
    }

    /** A request that any eligible investigator matches: remote, needing sexual misconduct, starting in two weeks. */
    static final class RequestBuilder {
        private final Long organisationId;
        private RequestCategory category = RequestCategory.MISOGYNY;
        private Complexity complexity = Complexity.MEDIUM;
        private boolean seniorLeaderInvolved;
        private Set<Specialism> specialisms = Set.of(Specialism.SEXUAL_MISCONDUCT);
        private LocalDate wantedStart = LocalDate.now().plusDays(14);
        private Integer estimatedDays = 10;
        private DeliveryMode deliveryMode = DeliveryMode.REMOTE;
        private Boolean excludeSameIcb;
        private String summary = CLEAN_SUMMARY;

        RequestBuilder(Long organisationId) {
            this.organisationId = organisationId;
        }

        RequestBuilder seniorLeaderInvolved(boolean involved) {
            this.seniorLeaderInvolved = involved;
            return this;
        }

        RequestBuilder excludeSameIcb(Boolean exclude) {
            this.excludeSameIcb = exclude;
            return this;
        }

        RequestBuilder specialisms(Specialism... specialisms) {
            this.specialisms = Set.of(specialisms);
            return this;
        }

        RequestBuilder wantedStart(LocalDate start) {
            this.wantedStart = start;
            return this;
        }

        RequestBuilder estimatedDays(Integer days) {
            this.estimatedDays = days;
            return this;
        }

        RequestBuilder deliveryMode(DeliveryMode mode) {
            this.deliveryMode = mode;
            return this;
        }

        RequestBuilder category(RequestCategory category) {
            this.category = category;
            return this;
        }

        RequestBuilder complexity(Complexity complexity) {
            this.complexity = complexity;
            return this;
        }

        RequestBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        RequestForm build() {
            return new RequestForm(organisationId, category, complexity, seniorLeaderInvolved, specialisms,
                    wantedStart, estimatedDays, deliveryMode, excludeSameIcb, summary);
        }
    }
}
