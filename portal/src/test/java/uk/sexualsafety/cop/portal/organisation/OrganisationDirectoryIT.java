package uk.sexualsafety.cop.portal.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.audit.AuditEvent;
import uk.sexualsafety.cop.db.audit.AuditEventRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.search.SearchTestData;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class OrganisationDirectoryIT {

    @Autowired
    SignedIn signedIn;

    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationChoices choices;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditEventRepository auditEvents;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PortalSearch search;
    @Autowired
    ApplicationContext context;

    long administratorId;
    IcbOption devon;

    @BeforeEach
    void signInAsAdministrator() {
        administratorId = accounts.create(Role.ADMINISTRATOR).accountId();
        signedIn.as(administratorId);
        devon = directory.icbs().stream().filter(icb -> icb.name().equals("NHS Devon ICB")).findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void anAdministratorAddsAnEnglishTrustInItsIcbAndFindsItWithItsRegion() {
        String name = unique("Torbay and South Devon NHS Foundation Trust");

        OrganisationEntry added = directory.create(
                new OrganisationForm("  " + name + " ", "TSDFT", OrganisationType.ACUTE_TRUST, Nation.ENGLAND,
                        devon.id()));

        assertThat(directory.organisations(new OrganisationFilter(name.toUpperCase(), null, null, null)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.id()).isEqualTo(added.id());
                    assertThat(entry.name()).isEqualTo(name);
                    assertThat(entry.shortName()).isEqualTo("TSDFT");
                    assertThat(entry.typeLabel()).isEqualTo("Acute trust");
                    assertThat(entry.nationLabel()).isEqualTo("England");
                    assertThat(entry.icbName()).isEqualTo("NHS Devon ICB");
                    assertThat(entry.region()).isEqualTo(NhsRegion.SOUTH_WEST);
                    assertThat(entry.regionLabel()).isEqualTo("South West");
                    assertThat(entry.active()).isTrue();
                });
        assertThat(choices.activeOrganisations()).extracting(OrganisationOption::id).contains(added.id());
        assertThat(auditOf(added.id())).extracting(AuditEvent::getAction, AuditEvent::getActorId)
                .containsExactly(tuple("ORGANISATION_ADDED", administratorId));
    }

    @Test
    void organisationsOutsideEnglandAndNationalBodiesNeedNoIcb() {
        OrganisationEntry welsh = directory.create(new OrganisationForm(unique("Swansea Bay University Health Board"),
                "", OrganisationType.HEALTH_BOARD, Nation.WALES, null));
        OrganisationEntry national = directory.create(new OrganisationForm(unique("NHS Employers"), null,
                OrganisationType.NATIONAL_BODY, Nation.ENGLAND, null));

        assertThat(welsh.icbName()).isNull();
        assertThat(welsh.shortName()).as("a blank short name is stored as none").isNull();
        assertThat(welsh.regionLabel()).isEmpty();
        assertThat(national.nation()).isEqualTo(Nation.ENGLAND);
        assertThat(national.icbId()).isNull();
    }

    static Stream<Arguments> invalidForms() {
        return Stream.of(
                Arguments.of("no name", form("  ", OrganisationType.ACUTE_TRUST, Nation.ENGLAND, true),
                        "name", "Enter the organisation's name"),
                Arguments.of("a name too long", form("N".repeat(201), OrganisationType.ACUTE_TRUST, Nation.ENGLAND,
                        true), "name", "Use no more than 200 characters"),
                Arguments.of("a name already in the directory, in another case",
                        form("london ambulance service nhs trust", OrganisationType.AMBULANCE_SERVICE,
                                Nation.ENGLAND, true),
                        "name", "An organisation with this name is already in the directory"),
                Arguments.of("a short name too long", new OrganisationForm(unique("Trust"), "S".repeat(41),
                        OrganisationType.ACUTE_TRUST, Nation.ENGLAND, null), "shortName",
                        "Use no more than 40 characters"),
                Arguments.of("no type", form(unique("Trust"), null, Nation.WALES, false),
                        "type", "Choose the type of organisation"),
                Arguments.of("no nation", form(unique("Trust"), OrganisationType.ACUTE_TRUST, null, false),
                        "nation", "Choose the nation the organisation is in"),
                Arguments.of("an ICB for an organisation in Scotland",
                        form(unique("NHS Tayside"), OrganisationType.HEALTH_BOARD, Nation.SCOTLAND, true),
                        "icbId", "Only organisations in England belong to an integrated care board"),
                Arguments.of("no ICB for an English trust",
                        form(unique("Northfield NHS Trust"), OrganisationType.ACUTE_TRUST, Nation.ENGLAND, false),
                        "icbId", "Choose the integrated care board"),
                Arguments.of("an integrated care board outside England",
                        form(unique("NHS Somewhere ICB"), OrganisationType.INTEGRATED_CARE_BOARD, Nation.WALES,
                                false),
                        "nation", "Integrated care boards are in England only"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidForms")
    void badInputGetsAMessageForItsFieldAndSavesNothing(String what, OrganisationForm form, String field,
                                                       String message) {
        OrganisationForm withIcb = form.icbId() == null ? form : new OrganisationForm(form.name(), form.shortName(),
                form.type(), form.nation(), devon.id());
        long before = organisations.count();

        assertThatThrownBy(() -> directory.create(withIcb))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).containsEntry(field, message));
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void anUnknownIcbIsRefused() {
        assertThatThrownBy(() -> directory.create(new OrganisationForm(unique("Trust"), null,
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, -1L)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("icbId", "Choose the integrated care board"));
    }

    @Test
    void anAdministratorChangesAnOrganisationAndTheChangeIsAudited() {
        OrganisationEntry added = directory.create(new OrganisationForm(unique("Plymouth Hospitals NHS Trust"), null,
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id()));
        String newName = unique("University Hospitals Plymouth NHS Trust");

        OrganisationEntry changed = directory.update(added.ref(), new OrganisationForm(newName, "UHP",
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id()));

        assertThat(changed.name()).isEqualTo(newName);
        assertThat(changed.shortName()).isEqualTo("UHP");
        assertThat(changed.version()).isGreaterThan(added.version());
        assertThat(auditOf(added.id())).extracting(AuditEvent::getAction, AuditEvent::getDetail)
                .containsExactlyInAnyOrder(tuple("ORGANISATION_ADDED", null),
                        tuple("ORGANISATION_CHANGED", "name,shortName"));
    }

    @Test
    void searchShowsAChangedOrganisationOnItsPoliciesAsSoonAsTheChangeIsSaved() {
        OrganisationEntry added = directory.create(new OrganisationForm(unique("Exmouth NHS Trust"), null,
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id()));
        String word = SearchTestData.uniqueWord();
        long policy = new SearchTestData(context).sharedPolicy(added.id(), administratorId, "Policy " + word, "Text");

        OrganisationEntry moved = directory.update(added.ref(), new OrganisationForm(unique("Cardiff Health Board"),
                null, OrganisationType.HEALTH_BOARD, Nation.WALES, null));

        signedIn.as(accounts.create(Role.MEMBER).accountId());
        SearchResults found = search.search(SearchQuery.of(word));
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(policy);
            assertThat(hit.organisation()).contains(moved.name());
        });
        assertThat(found.facet(Facet.REGION)).isEqualTo(Map.of("WALES", 1L));
        assertThat(found.facet(Facet.ORGANISATION_TYPE)).isEqualTo(Map.of("HEALTH_BOARD", 1L));
    }

    @Test
    void anOrganisationKeepsItsOwnNameButCannotTakeAnother() {
        OrganisationEntry added = directory.create(new OrganisationForm(unique("Exeter Community Trust"), null,
                OrganisationType.COMMUNITY_TRUST, Nation.ENGLAND, devon.id()));

        OrganisationEntry sameName = directory.update(added.ref(), new OrganisationForm(added.name().toUpperCase(),
                null, OrganisationType.COMMUNITY_TRUST, Nation.ENGLAND, devon.id()));
        assertThat(sameName.name()).isEqualTo(added.name().toUpperCase());

        assertThatThrownBy(() -> directory.update(new OrganisationRef(added.id(), sameName.version()),
                new OrganisationForm("NHS England", null,
                OrganisationType.COMMUNITY_TRUST, Nation.ENGLAND, devon.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("name", "An organisation with this name is already in the directory"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        OrganisationEntry added = directory.create(new OrganisationForm(unique("Torquay Trust"), null,
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id()));
        directory.update(added.ref(), new OrganisationForm(added.name(), "TT", OrganisationType.ACUTE_TRUST,
                Nation.ENGLAND, devon.id()));

        assertThatThrownBy(() -> directory.update(added.ref(), new OrganisationForm(added.name(), "OLD",
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> directory.setActive(added.ref(), false))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisations.findById(added.id()).orElseThrow().getShortName()).isEqualTo("TT");
    }

    @Test
    void aDeactivatedOrganisationStaysInTheDirectoryButIsNoLongerOfferedToNewMembers() {
        OrganisationEntry added = directory.create(new OrganisationForm(unique("Barnstaple Trust"), null,
                OrganisationType.ACUTE_TRUST, Nation.ENGLAND, devon.id()));

        OrganisationEntry deactivated = directory.setActive(added.ref(), false);

        assertThat(deactivated.active()).isFalse();
        assertThat(directory.organisations(new OrganisationFilter(added.name(), null, null, null)))
                .extracting(OrganisationEntry::active).containsExactly(false);
        assertThat(choices.activeOrganisations()).extracting(OrganisationOption::id).doesNotContain(added.id());

        OrganisationEntry reactivated = directory.setActive(new OrganisationRef(added.id(), deactivated.version()),
                true);
        assertThat(reactivated.active()).isTrue();
        assertThat(auditOf(added.id())).extracting(AuditEvent::getAction)
                .containsExactlyInAnyOrder("ORGANISATION_ADDED", "ORGANISATION_DEACTIVATED",
                        "ORGANISATION_REACTIVATED");
    }

    @Test
    void theDirectoryFiltersByTextTypeNationAndIcb() {
        assertThat(directory.organisations(new OrganisationFilter("wast", null, null, null)))
                .extracting(OrganisationEntry::name)
                .containsExactly("Welsh Ambulance Services University NHS Trust");
        assertThat(directory.organisations(new OrganisationFilter(null, OrganisationType.AMBULANCE_SERVICE, null,
                null))).hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(entry -> assertThat(entry.type()).isEqualTo(OrganisationType.AMBULANCE_SERVICE));
        assertThat(directory.organisations(new OrganisationFilter("ambulance", null, Nation.SCOTLAND, null)))
                .extracting(OrganisationEntry::name).containsExactly("Scottish Ambulance Service");
        assertThat(directory.organisations(new OrganisationFilter(null, OrganisationType.AMBULANCE_SERVICE, null,
                devon.id()))).extracting(OrganisationEntry::shortName).containsExactly("SWASFT");
    }

    @Test
    void peopleWhoAreNotAdministratorsCannotReadOrChangeTheDirectory() {
        signedIn.as(accounts.create(Role.MEMBER, Role.MODERATOR, Role.POOL_COORDINATOR).accountId());

        assertThatThrownBy(() -> directory.organisations(OrganisationFilter.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.create(new OrganisationForm(unique("Trust"), null,
                OrganisationType.HEALTH_BOARD, Nation.WALES, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.update(new OrganisationRef(1L, 0), OrganisationForm.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.setActive(new OrganisationRef(1L, 0),
                false)).isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditEvent> auditOf(long organisationId) {
        return auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAt("organisation", Long.toString(organisationId));
    }

    private static OrganisationForm form(String name, OrganisationType type, Nation nation, boolean withIcb) {
        // The ICB's id is only known at run time: a placeholder says "give it one".
        return new OrganisationForm(name, null, type, nation, withIcb ? 0L : null);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
