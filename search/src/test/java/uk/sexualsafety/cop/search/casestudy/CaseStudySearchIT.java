package uk.sexualsafety.cop.search.casestudy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.OrganisationIndexing;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchIntegrationTest;
import uk.sexualsafety.cop.search.SearchQuery;
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

@SearchIntegrationTest
class CaseStudySearchIT {

    private static final SearchViewer MEMBER = new SearchViewer(EnumSet.of(Audience.PUBLIC, Audience.MEMBERS));
    private static final SearchViewer PUBLIC = new SearchViewer(EnumSet.of(Audience.PUBLIC));

    @Autowired
    SearchService search;
    @Autowired
    CaseStudyRepository caseStudies;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    OrganisationIndexing organisationIndexing;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aPublishedCaseStudyIsFoundByMembersByAnyOfItsTexts() {
        String inAccount = uniqueWord();
        String inQuestion = uniqueWord();
        String inLearning = uniqueWord();
        long id = published(content("Students on placement", "After the " + inAccount + " shift she spoke up.",
                "Tell students about " + inLearning + ".", "Would a " + inQuestion + " have helped?",
                Theme.STUDENTS_AND_LEARNERS));

        for (String word : List.of(inAccount, inQuestion, inLearning)) {
            assertThat(search.search(SearchQuery.of(word), MEMBER).hits()).singleElement().satisfies(hit -> {
                assertThat(hit.id()).isEqualTo(id);
                assertThat(hit.type()).isEqualTo(ContentType.CASE_STUDY);
                assertThat(hit.title()).isEqualTo("Students on placement");
                assertThat(hit.date()).isEqualTo(LocalDate.now());
            });
        }
        assertThat(search.search(SearchQuery.of(inAccount), PUBLIC).totalHits()).as("members only").isZero();
    }

    @Test
    void draftsCaseStudiesWaitingForModerationArchivedAndWithdrawnOnesAreNeverFound() {
        String word = uniqueWord();
        long draft = saved(content("Draft " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));
        long waiting = saved(content("Waiting " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));
        change(waiting, study -> study.submit(study.getWorkingVersion().orElseThrow().content(), Instant.now()));
        long archived = published(content("Archived " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));
        long withdrawn = published(content("Withdrawn " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));
        assertThat(ids(word)).containsExactlyInAnyOrder(archived, withdrawn).doesNotContain(draft, waiting);

        change(archived, study -> study.archive(Instant.now()));
        change(withdrawn, study -> study.withdraw(Instant.now()));

        assertThat(search.search(SearchQuery.of(word), MEMBER).totalHits()).isZero();
    }

    @Test
    void aRevisionUnderReviewIsNotFoundUntilItIsPublishedAndThenReplacesTheOldText() {
        String oldWord = uniqueWord();
        String newWord = uniqueWord();
        long id = published(content("First version", "About " + oldWord, "Learning", "Question?",
                Theme.COUNTER_CLAIMS));

        change(id, study -> study.submit(content("Second version", "About " + newWord, "Learning", "Question?",
                Theme.COUNTER_CLAIMS), Instant.now()));
        assertThat(ids(newWord)).isEmpty();
        assertThat(ids(oldWord)).containsExactly(id);

        change(id, study -> study.publish(LocalDate.now(), Instant.now()));
        assertThat(ids(newWord)).containsExactly(id);
        assertThat(ids(oldWord)).isEmpty();
        assertThat(search.search(SearchQuery.of(newWord), MEMBER).hits().getFirst().title())
                .isEqualTo("Second version");
    }

    @Test
    void caseStudiesAreCountedByTypeAndThemeAndFilteredByThem() {
        String word = uniqueWord();
        long id = published(content("Faceted " + word, "Text", "Learning", "Question?", Theme.MULTIPLE_PARTIES));

        var results = search.search(SearchQuery.of(word).withTypes(Set.of(ContentType.CASE_STUDY))
                .withThemes(Set.of(Theme.MULTIPLE_PARTIES)), MEMBER);

        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(id);
        assertThat(results.facets().get(Facet.TYPE)).containsEntry(ContentType.CASE_STUDY.name(), 1L);
        assertThat(results.facets().get(Facet.THEME)).containsEntry(Theme.MULTIPLE_PARTIES.name(), 1L);
        assertThat(search.search(SearchQuery.of(word).withThemes(Set.of(Theme.BYSTANDER)), MEMBER).totalHits())
                .isZero();
    }

    @Test
    void aNamedOrganisationGivesItsNameAndRegionAndAnUnnamedOneOnlyItsKind() {
        String word = uniqueWord();
        long wales = transaction.execute(status -> organisations
                .findByNameIgnoreCase("Welsh Ambulance Services University NHS Trust").orElseThrow().getId());
        long named = published(content("Named " + word, "Text", "Learning", "Question?", Theme.BYSTANDER, wales));
        long unnamed = published(content("Unnamed " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));

        var results = search.search(SearchQuery.of(word), MEMBER);

        assertThat(results.facet(Facet.REGION)).isEqualTo(Map.of("WALES", 1L));
        assertThat(results.facet(Facet.ORGANISATION_TYPE)).isEqualTo(Map.of("AMBULANCE_SERVICE", 2L));
        assertThat(results.facet(Facet.HARM_STRUCTURE)).isEqualTo(Map.of("COLLEAGUE_TO_COLLEAGUE", 2L));
        assertThat(results.hits()).filteredOn(hit -> hit.id() == named).singleElement().satisfies(hit ->
                assertThat(hit.organisation()).contains("Welsh Ambulance Services University NHS Trust"));
        assertThat(results.hits()).filteredOn(hit -> hit.id() == unnamed).singleElement().satisfies(hit -> {
            assertThat(hit.organisation()).isEmpty();
            assertThat(hit.organisationType()).isEqualTo("AMBULANCE_SERVICE");
        });
    }

    @Test
    void aRenamedOrganisationShowsOnTheCaseStudiesThatNameItAsSoonAsTheChangeCommits() {
        String word = uniqueWord();
        long organisation = transaction.execute(status -> organisations.save(new Organisation(
                "Case Study Test " + word, null, OrganisationType.AMBULANCE_SERVICE, Nation.NORTHERN_IRELAND, null))
                .getId());
        long named = published(content("Named " + word, "Text", "Learning", "Question?", Theme.BYSTANDER,
                organisation));

        transaction.executeWithoutResult(status -> {
            organisations.findById(organisation).orElseThrow().update("Case Study Test Renamed " + word, null,
                    OrganisationType.AMBULANCE_SERVICE, Nation.WALES, null);
            organisationIndexing.organisationChanged(organisation);
        });

        var results = search.search(SearchQuery.of(word), MEMBER);
        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(named);
            assertThat(hit.organisation()).contains("Case Study Test Renamed " + word);
        });
        assertThat(results.facet(Facet.REGION)).isEqualTo(Map.of("WALES", 1L));
    }

    @Test
    void aChosenFacetIsCountedWithoutItsOwnChoiceSoThatItsOtherValuesCanBeAdded() {
        String word = uniqueWord();
        long bystander = published(content("One " + word, "Text", "Learning", "Question?", Theme.BYSTANDER));
        long parties = published(content("Two " + word, "Text", "Learning", "Question?", Theme.MULTIPLE_PARTIES));

        var narrowed = search.search(SearchQuery.of(word).withThemes(Set.of(Theme.BYSTANDER)), MEMBER);

        assertThat(narrowed.hits()).extracting(SearchHit::id).containsExactly(bystander);
        assertThat(narrowed.facet(Facet.THEME)).isEqualTo(Map.of("BYSTANDER", 1L, "MULTIPLE_PARTIES", 1L));
        assertThat(narrowed.facet(Facet.TYPE)).isEqualTo(Map.of("CASE_STUDY", 1L));
        assertThat(search.search(SearchQuery.of(word).withThemes(Set.of(Theme.BYSTANDER, Theme.MULTIPLE_PARTIES)),
                MEMBER).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(bystander, parties);
        assertThat(search.search(SearchQuery.of(word).withThemes(Set.of(Theme.BYSTANDER)).withoutFacetCounts(),
                MEMBER).facet(Facet.THEME)).isEmpty();
    }

    private long published(CaseStudyContent content) {
        long id = saved(content);
        change(id, study -> study.submit(content, Instant.now()));
        change(id, study -> study.publish(LocalDate.now(), Instant.now()));
        return id;
    }

    private long saved(CaseStudyContent content) {
        return transaction.execute(status -> {
            long author = accounts.save(new Account(UUID.randomUUID() + "@nhs.net", "Author", null, "{noop}x", null,
                    Set.of(Role.MEMBER), Instant.now())).getId();
            CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(author, Instant.now()));
            study.writeDraft(content, Instant.now());
            return study.getId();
        });
    }

    private void change(long id, Consumer<CaseStudy> change) {
        transaction.executeWithoutResult(status -> change.accept(caseStudies.findById(id).orElseThrow()));
    }

    private List<Long> ids(String word) {
        return search.search(SearchQuery.of(word), MEMBER).hits().stream().map(SearchHit::id).toList();
    }

    private static CaseStudyContent content(String title, String account, String learning, String question,
                                            Theme theme) {
        return content(title, account, learning, question, theme, null);
    }

    private static CaseStudyContent content(String title, String account, String learning, String question,
                                            Theme theme, Long namedOrganisation) {
        return new CaseStudyContent(title, "A summary of what happened.", new CaseStudyContent.Setting(
                OrganisationType.AMBULANCE_SERVICE, namedOrganisation), HarmStructure.COLLEAGUE_TO_COLLEAGUE, RaisedVia.ANONYMOUS,
                account, new CaseStudyContent.Response("Assessed", null, Set.of(), null,
                PoliceInvolvement.NOT_INVOLVED, null, null, null, null), "An outcome", learning, List.of(question),
                Set.of(theme), Set.of(1));
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
