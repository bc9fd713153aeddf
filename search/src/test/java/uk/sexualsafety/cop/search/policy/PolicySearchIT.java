package uk.sexualsafety.cop.search.policy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyDescription;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionContent;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.OrganisationIndexing;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchIntegrationTest;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.SearchService;
import uk.sexualsafety.cop.search.SearchViewer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Policies in search: the current version's text is found by members; nothing else of them is. */
@SearchIntegrationTest
class PolicySearchIT {

    private static final String WELSH_TRUST = "Welsh Ambulance Services University NHS Trust";

    @Autowired
    SearchService search;
    @Autowired
    PolicyRepository policies;
    @Autowired
    PolicyVersionRepository versions;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationIndexing organisationIndexing;
    @Autowired
    TransactionTemplate transaction;

    long uploader;

    @BeforeEach
    void anUploader() {
        uploader = transaction.execute(status -> accounts.save(new Account(
                "uploader-" + UUID.randomUUID() + "@test.nhs.net", "Uploader", null, "not-a-hash",
                organisations.findByNameIgnoreCase("London Ambulance Service NHS Trust").orElseThrow(),
                EnumSet.of(Role.MEMBER), Instant.now())).getId());
    }

    @Test
    void aMemberFindsAPolicyByAPhraseFromTheTextOfItsFile() {
        String word = uniqueWord();
        long id = shared("Conduct at work", "How we keep everyone safe.",
                "Managers arrange a " + word + " meeting within five working days of any report.",
                LocalDate.of(2025, 4, 1));

        List<SearchHit> hits = search.search(SearchQuery.of("\"" + word + " meeting\""), SearchViewer.member())
                .hits();

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(ContentType.POLICY);
            assertThat(hit.id()).isEqualTo(id);
            assertThat(hit.title()).isEqualTo("Conduct at work");
            assertThat(hit.snippet().text()).contains(word);
            assertThat(hit.date()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(hit.contentWarnings()).isEmpty();
        });
    }

    @Test
    void policiesAreForMembersOnly() {
        String word = uniqueWord();
        shared("A policy", "Summary " + word, "Text", LocalDate.of(2024, 1, 1));

        assertThat(search.search(SearchQuery.of(word), SearchViewer.anonymous()).totalHits()).isZero();
        assertThat(search.search(SearchQuery.of(word), SearchViewer.member()).totalHits()).isOne();
    }

    @Test
    void onlyTheCurrentVersionsTextIsFound() {
        String old = uniqueWord();
        String current = uniqueWord();
        long id = shared("Versions", "A policy with two versions.", "The first text says " + old + ".",
                LocalDate.of(2023, 1, 1));

        change(id, policy -> versions.save(policy.addVersion(version("2.0", LocalDate.of(2025, 6, 1),
                "The second text says " + current + "."), uploader, Instant.now())));

        assertThat(search.search(SearchQuery.of(old), SearchViewer.member()).totalHits()).isZero();
        assertThat(search.search(SearchQuery.of(current), SearchViewer.member()).hits())
                .singleElement().satisfies(hit -> {
                    assertThat(hit.id()).isEqualTo(id);
                    assertThat(hit.date()).isEqualTo(LocalDate.of(2025, 6, 1));
                });
    }

    @Test
    void aWithdrawnPolicyIsNeverFound() {
        String word = uniqueWord();
        long id = shared("Withdrawn " + word, "Summary", "Text " + word, LocalDate.of(2024, 1, 1));
        assertThat(search.search(SearchQuery.of(word), SearchViewer.member()).totalHits()).isOne();

        change(id, policy -> policy.withdraw(Instant.now()));

        assertThat(search.search(SearchQuery.of(word), SearchViewer.member()).totalHits()).isZero();
        assertThat(search.search(SearchQuery.of(""), SearchViewer.member()).hits())
                .noneMatch(hit -> hit.type() == ContentType.POLICY && hit.id() == id);
    }

    @Test
    void aWordInTheTitleOrSummaryCountsForMoreThanTheSameWordInTheLongText() {
        String word = uniqueWord();
        long inText = shared("Plain title", "Plain summary", "Somewhere in the text: " + word + ".",
                LocalDate.of(2025, 1, 1));
        long inSummary = shared("Another title", "It covers " + word + ".", "Other text.",
                LocalDate.of(2020, 1, 1));
        long inTitle = shared("The " + word + " policy", "A summary.", "Other text.", LocalDate.of(2019, 1, 1));

        assertThat(search.search(SearchQuery.of(word), SearchViewer.member()).hits()).extracting(SearchHit::id)
                .containsExactly(inTitle, inSummary, inText);
    }

    @Test
    void aChangedSummaryIsFoundAtOnce() {
        String word = uniqueWord();
        long id = shared("Summaries", "Before.", "Text.", LocalDate.of(2024, 1, 1));

        change(id, policy -> policy.describe(new PolicyDescription("Summaries", PolicyType.OTHER,
                "After: " + word, Set.of(), false), Instant.now()));

        assertThat(search.search(SearchQuery.of(word), SearchViewer.member()).hits()).extracting(SearchHit::id)
                .containsExactly(id);
    }

    @Test
    void aPolicyIsCountedAndNarrowedByItsOrganisationsRegionAndKindAndItsCommitments() {
        String word = uniqueWord();
        long london = shared("London " + word, "Summary", "Text", LocalDate.of(2025, 1, 1));
        long wales = shared(WELSH_TRUST, "Wales " + word, "Summary", "Text", LocalDate.of(2025, 1, 1), Set.of(2));

        SearchResults all = search.search(SearchQuery.of(word), SearchViewer.member());

        assertThat(all.facet(Facet.REGION)).isEqualTo(Map.of("LONDON", 1L, "WALES", 1L));
        assertThat(all.facet(Facet.ORGANISATION_TYPE)).isEqualTo(Map.of("AMBULANCE_SERVICE", 2L));
        assertThat(all.facet(Facet.COMMITMENT)).isEqualTo(Map.of("1", 1L, "6", 1L, "2", 1L));
        assertThat(all.hits()).filteredOn(hit -> hit.id() == wales).singleElement().satisfies(hit -> {
            assertThat(hit.organisation()).contains(WELSH_TRUST);
            assertThat(hit.organisationType()).isEqualTo("AMBULANCE_SERVICE");
        });
        assertThat(ids(SearchQuery.of(word).with(Facet.REGION, List.of("WALES")))).containsExactly(wales);
        assertThat(ids(SearchQuery.of(word).with(Facet.COMMITMENT, List.of("6")))).containsExactly(london);
        assertThat(ids(SearchQuery.of(word).with(Facet.COMMITMENT, List.of("6", "2"))))
                .containsExactlyInAnyOrder(london, wales);
    }

    @Test
    void anOrganisationsNewNameKindAndNationShowOnItsPoliciesAsSoonAsTheChangeCommits() {
        String word = uniqueWord();
        String before = "Renamed Test Before " + word;
        String after = "Renamed Test After " + word;
        long organisation = transaction.execute(status -> organisations.save(new Organisation(before, null,
                OrganisationType.AMBULANCE_SERVICE, Nation.WALES, null)).getId());
        long id = shared(before, "Policy " + word, "Summary", "Text", LocalDate.of(2025, 1, 1), Set.of(1));

        transaction.executeWithoutResult(status -> {
            organisations.findById(organisation).orElseThrow()
                    .update(after, null, OrganisationType.HEALTH_BOARD, Nation.SCOTLAND, null);
            organisationIndexing.organisationChanged(organisation);
        });

        SearchResults results = search.search(SearchQuery.of(word), SearchViewer.member());
        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(id);
            assertThat(hit.organisation()).contains(after);
            assertThat(hit.organisationType()).isEqualTo("HEALTH_BOARD");
        });
        assertThat(results.facet(Facet.REGION)).isEqualTo(Map.of("SCOTLAND", 1L));
        assertThat(results.facet(Facet.ORGANISATION_TYPE)).isEqualTo(Map.of("HEALTH_BOARD", 1L));
        assertThat(ids(SearchQuery.of(word).with(Facet.REGION, List.of("WALES")))).isEmpty();
    }

    @Test
    void valuesFromAnEditedAddressThatNameNothingFindNothing() {
        String word = uniqueWord();
        shared("Policy " + word, "Summary", "Text", LocalDate.of(2025, 1, 1));

        assertThat(ids(SearchQuery.of(word))).hasSize(1);
        for (Facet facet : Facet.values()) {
            for (String crafted : List.of("NOT_A_VALUE", "abc", "-1", "99999999999", "*", "' OR 1=1 --",
                    "x".repeat(5_000))) {
                assertThat(ids(SearchQuery.of(word).with(facet, List.of(crafted))))
                        .as("%s=%s", facet, crafted.length() > 20 ? crafted.substring(0, 20) : crafted).isEmpty();
            }
        }
    }

    private List<Long> ids(SearchQuery query) {
        return search.search(query, SearchViewer.member()).hits().stream().map(SearchHit::id).toList();
    }

    private long shared(String title, String summary, String text, LocalDate effectiveOn) {
        return shared("London Ambulance Service NHS Trust", title, summary, text, effectiveOn, Set.of(1, 6));
    }

    private long shared(String organisation, String title, String summary, String text, LocalDate effectiveOn,
                        Set<Integer> commitments) {
        return transaction.execute(status -> {
            Policy policy = policies.save(new Policy(
                    organisations.findByNameIgnoreCase(organisation).orElseThrow(),
                    new PolicyDescription(title, PolicyType.SEXUAL_SAFETY, summary, commitments, true),
                    uploader, Instant.now()));
            versions.save(policy.addVersion(version("1.0", effectiveOn, text), uploader, Instant.now()));
            return policy.getId();
        });
    }

    private static VersionContent version(String label, LocalDate effectiveOn, String text) {
        return new VersionContent(label, effectiveOn, effectiveOn.plusYears(3), "policy.pdf", "application/pdf",
                1234, new byte[32], text, false);
    }

    private void change(long id, Consumer<Policy> change) {
        transaction.executeWithoutResult(status -> change.accept(policies.findById(id).orElseThrow()));
    }

    private static String uniqueWord() {
        return "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
