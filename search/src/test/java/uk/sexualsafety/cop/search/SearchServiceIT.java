package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.search.resource.ResourceTestData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.membersOnlyResource;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

@SearchIntegrationTest
class SearchServiceIT {

    @Autowired
    SearchService search;

    @Autowired
    ResourceRepository resources;

    @BeforeEach
    void startFromNoResources() {
        // One by one through JPA, not a bulk delete, so that Hibernate Search removes the documents too.
        resources.deleteAll();
    }

    @Test
    void anAcronymFindsItsLongForm() {
        save(publicResource().titled("Raising a concern").summarised("Our Freedom to Speak Up route is open to all."));
        save(publicResource().titled("Bystander training").summarised("Skills for crews who witness harm."));

        assertThat(titlesFoundBy("FTSU")).containsExactly("Raising a concern");
    }

    @Test
    void aLongFormFindsItsAcronym() {
        save(publicResource().titled("Raising a concern").summarised("Talk to the FTSU team in confidence."));
        save(publicResource().titled("Bystander training").summarised("Skills for crews who witness harm."));

        assertThat(titlesFoundBy("freedom to speak up")).containsExactly("Raising a concern");
        assertThat(titlesFoundBy("\"Freedom to Speak Up\"")).containsExactly("Raising a concern");
    }

    @Test
    void aGuardianIsFoundByEitherAcronym() {
        save(publicResource().titled("Guardians").summarised("Your Freedom to Speak Up guardian listens."));

        assertThat(titlesFoundBy("FTSUG")).containsExactly("Guardians");
        assertThat(titlesFoundBy("FTSU")).containsExactly("Guardians");
    }

    @Test
    void shortAcronymsSurviveAndMatchTheirLongForms() {
        save(publicResource().titled("Suspensions").summarised("Advice from employee relations on suspending staff."));
        save(publicResource().titled("People teams").summarised("What HR can do after a report."));
        save(publicResource().titled("Primary care").summarised("When a GP practice is involved."));

        assertThat(titlesFoundBy("ER")).containsExactly("Suspensions");
        assertThat(titlesFoundBy("human resources")).containsExactly("People teams");
        assertThat(titlesFoundBy("GP")).containsExactly("Primary care");
    }

    @Test
    void americanAndBritishSpellingsFindEachOther() {
        save(publicResource().titled("Unwanted behaviour").summarised("Naming sexualised behaviour early."));
        save(publicResource().titled("Culture").summarised("An organizational approach to safety."));

        assertThat(titlesFoundBy("behavior")).containsExactly("Unwanted behaviour");
        assertThat(titlesFoundBy("organisational")).containsExactly("Culture");
        assertThat(titlesFoundBy("organization")).containsExactly("Culture");
    }

    @Test
    void wordsAreMatchedByTheirStem() {
        save(publicResource().titled("Policy").summarised("Sexual harassment by patients and the public."));

        assertThat(titlesFoundBy("harassed")).containsExactly("Policy");
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        save(publicResource().titled("Policy").summarised("What to do about sexual harassment by patients."));

        HighlightedText snippet = search.search(SearchQuery.of("harassed"), SearchViewer.anonymous())
                .hits().getFirst().snippet();

        assertThat(snippet.text()).isEqualTo("What to do about sexual harassment by patients.");
        assertThat(snippet.parts()).filteredOn(HighlightedText.Part::highlighted)
                .extracting(HighlightedText.Part::text)
                .containsExactly("harassment");
    }

    @Test
    void theSummaryShowsItsMatchedWordsWhenTheOtherWordsMatchedTheTitle() {
        save(publicResource().titled("Raising concerns on nights")
                .summarised("How Freedom to Speak Up guardians support colleagues who raise concerns."));

        HighlightedText snippet = search.search(SearchQuery.of("FTSU nights"), SearchViewer.anonymous())
                .hits().getFirst().snippet();

        assertThat(snippet.parts()).filteredOn(HighlightedText.Part::highlighted)
                .extracting(HighlightedText.Part::text)
                .containsExactly("Freedom", "to", "Speak", "Up");
    }

    @Test
    void withoutAMatchInTheSummaryTheSnippetIsItsStart() {
        String longSummary = "Crews told us what helped. ".repeat(30);
        save(publicResource().titled("Bystander toolkit").summarised(longSummary));

        HighlightedText snippet = search.search(SearchQuery.of("bystander"), SearchViewer.anonymous())
                .hits().getFirst().snippet();

        assertThat(snippet.hasHighlights()).isFalse();
        assertThat(snippet.text()).startsWith("Crews told us what helped.").endsWith("…").hasSizeLessThan(260);
    }

    @Test
    void theTitleWeighsMoreThanTheSummary() {
        save(publicResource().titled("Guidance").summarised("Includes a section on debriefing after incidents."));
        save(publicResource().titled("Debriefing after incidents").summarised("A structured conversation."));

        assertThat(titlesFoundBy("debriefing")).containsExactly("Debriefing after incidents", "Guidance");
    }

    @Test
    void membersOnlyItemsNeverReachAnonymousVisitorsNorTheirFacetCounts() {
        save(publicResource().titled("Open guide").summarised("Quokka safety for everyone.")
                .ofKind(ResourceKind.GUIDANCE).withThemes(Theme.BYSTANDER).publishedOn(LocalDate.of(2024, 5, 1)));
        save(membersOnlyResource().titled("Members toolkit").summarised("Quokka safety for members.")
                .ofKind(ResourceKind.TOOLKIT).withThemes(Theme.INVESTIGATION).publishedOn(LocalDate.of(2025, 5, 1)));

        for (String text : List.of("quokka", "")) {
            SearchResults anonymous = search.search(SearchQuery.of(text), SearchViewer.anonymous());
            assertThat(anonymous.totalHits()).isEqualTo(1);
            assertThat(anonymous.hits()).extracting(SearchHit::title).containsExactly("Open guide");
            assertThat(anonymous.facet(Facet.TYPE)).isEqualTo(Map.of("RESOURCE", 1L));
            assertThat(anonymous.facet(Facet.KIND)).isEqualTo(Map.of("GUIDANCE", 1L));
            assertThat(anonymous.facet(Facet.THEME)).isEqualTo(Map.of("BYSTANDER", 1L));
            assertThat(anonymous.facet(Facet.YEAR)).isEqualTo(Map.of("2024", 1L));
        }

        SearchResults member = search.search(SearchQuery.of("quokka"), SearchViewer.member());
        assertThat(member.totalHits()).isEqualTo(2);
        assertThat(member.facet(Facet.KIND)).isEqualTo(Map.of("GUIDANCE", 1L, "TOOLKIT", 1L));
        assertThat(member.facet(Facet.YEAR)).containsExactly(Map.entry("2025", 1L), Map.entry("2024", 1L));
    }

    @Test
    void filtersByThemeKindYearAndTypeNarrowTheHits() {
        save(publicResource().titled("Bystander training").ofKind(ResourceKind.TRAINING)
                .withThemes(Theme.BYSTANDER).publishedOn(LocalDate.of(2023, 1, 10)));
        save(publicResource().titled("Investigation guidance").ofKind(ResourceKind.GUIDANCE)
                .withThemes(Theme.INVESTIGATION, Theme.POLICY_AND_LAW).publishedOn(LocalDate.of(2025, 1, 10)));

        SearchQuery all = SearchQuery.of("");
        assertThat(titles(all.withThemes(Set.of(Theme.POLICY_AND_LAW)))).containsExactly("Investigation guidance");
        assertThat(titles(all.withKinds(Set.of(ResourceKind.TRAINING)))).containsExactly("Bystander training");
        assertThat(titles(all.withYears(Set.of(2023)))).containsExactly("Bystander training");
        assertThat(titles(all.withTypes(Set.of(ContentType.RESOURCE)))).hasSize(2);
        assertThat(titles(all.withThemes(Set.of(Theme.BYSTANDER, Theme.INVESTIGATION)))).hasSize(2);
    }

    @Test
    void withoutTextEverythingVisibleComesNewestFirst() {
        save(publicResource().titled("Oldest").publishedOn(LocalDate.of(2021, 1, 1)));
        save(publicResource().titled("Newest").publishedOn(LocalDate.of(2025, 1, 1)));
        save(publicResource().titled("Middle").publishedOn(LocalDate.of(2023, 1, 1)));

        assertThat(titlesFoundBy("   ")).containsExactly("Newest", "Middle", "Oldest");
        assertThat(titles(SearchQuery.of("").sortedBy(SearchSort.TITLE))).containsExactly("Middle", "Newest", "Oldest");

        SearchResults secondPage = search.search(SearchQuery.of("").page(1, 1), SearchViewer.anonymous());
        assertThat(secondPage.totalHits()).isEqualTo(3);
        assertThat(secondPage.hits()).extracting(SearchHit::title).containsExactly("Middle");
        assertThat(secondPage.hits().getFirst().date()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(secondPage.hits().getFirst().type()).isEqualTo(ContentType.RESOURCE);
    }

    @Test
    void whenNoItemHasEveryWordItemsWithSomeOfThemAreOffered() {
        save(publicResource().titled("Reporting harassment").summarised("Routes for raising it at work."));

        SearchResults results = search.search(SearchQuery.of("how to report harassment"), SearchViewer.anonymous());

        assertThat(results.allWordsMatched()).isFalse();
        assertThat(results.hits()).extracting(SearchHit::title).containsExactly("Reporting harassment");
        assertThat(search.search(SearchQuery.of("reporting harassment"), SearchViewer.anonymous()).allWordsMatched())
                .isTrue();
    }

    @Test
    void changingTheAudienceOfAnItemChangesWhoFindsIt() {
        Resource resource = save(publicResource().titled("Wombat guide").summarised("About wombats."));
        assertThat(titlesFoundBy("wombat")).containsExactly("Wombat guide");

        resource.update(resource.getTitle(), resource.getSummary(), resource.getUrl(), resource.getKind(),
                Audience.MEMBERS, resource.getPublishedOn(), resource.getThemes(), Instant.now());
        resources.save(resource);

        assertThat(titlesFoundBy("wombat")).isEmpty();
        assertThat(search.search(SearchQuery.of("wombat"), SearchViewer.member()).totalHits()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(", "\"", "\"unbalanced quote", "*", "\\", "harassment\\", "(((", ")))",
            "-", "+", "|", "~", "harassment~2", "harassment^3", "AND", "OR NOT", "- -harassment", "*:*",
            "title:harassment", "[a TO z]", "{!lucene}", "<script>alert(1)</script>", "\u0000\u0007", "\uE000\uE001",
            "\uD800", "🙂", "sexual -harassment", "harass*", "\"sexual harassment\"~3", "تحرش جنسي", "הטרדה",
            "\u202Eharassment", "harassment 🙂 مرحبا", "harasment", "harasment -policy"})
    void anyTextIsAnsweredWithoutAnError(String text) {
        save(publicResource().titled("Policy").summarised("Sexual harassment by patients."));

        SearchResults results = search.search(SearchQuery.of(text), SearchViewer.anonymous());

        assertThat(results.totalHits()).isBetween(0L, 1L);
    }

    @Test
    void operatorsPeopleKnowStillWork() {
        save(publicResource().titled("Policy").summarised("Sexual harassment by patients."));

        assertThat(titlesFoundBy("harass*")).containsExactly("Policy");
        assertThat(titlesFoundBy("\"sexual harassment\"")).containsExactly("Policy");
        assertThat(titlesFoundBy("harassment -patients")).isEmpty();
    }

    @Test
    void aVeryLongTextIsCutRatherThanRefused() {
        save(publicResource().titled("Policy").summarised("Sexual harassment by patients."));

        // No item has both words, so the hit comes from the any-word search.
        assertThat(titlesFoundBy("harassment " + "x".repeat(10_000))).containsExactly("Policy");
        assertThat(titlesFoundBy("harassment " + "policy ".repeat(1_500))).containsExactly("Policy");
        assertThat(titlesFoundBy("(\"[".repeat(3_000))).isEmpty();
    }

    @Test
    void aMisspeltWordIsRespeltWhenTheRespellingFindsSomething() {
        String word = uniqueLetters();
        save(publicResource().titled("Debriefing").summarised("Our " + word + " approach to reports."));
        save(publicResource().titled("Training").summarised("The " + word + " course for managers."));
        String misspelt = word.substring(0, 6) + word.substring(7);

        SearchResults results = search.search(SearchQuery.of(misspelt), SearchViewer.anonymous());

        assertThat(results.totalHits()).isZero();
        assertThat(results.suggestion()).contains(word);
        assertThat(search.search(SearchQuery.of(word), SearchViewer.anonymous()).suggestion()).isEmpty();
    }

    @Test
    void aRespellingIsOfferedOnlyWhenItFindsSomethingTheViewerMaySee() {
        String word = uniqueLetters();
        save(membersOnlyResource().titled("Debriefing").summarised("Our " + word + " approach to reports."));
        save(membersOnlyResource().titled("Training").summarised("The " + word + " course for managers."));
        String misspelt = word.substring(0, 6) + word.substring(7);

        assertThat(search.search(SearchQuery.of(misspelt), SearchViewer.anonymous()).suggestion()).isEmpty();
        assertThat(search.search(SearchQuery.of(misspelt), SearchViewer.member()).suggestion()).contains(word);
    }

    @Test
    void aWordUsedOnlyOnceIsNeverOfferedAsARespelling() {
        String word = uniqueLetters();
        save(publicResource().titled("Debriefing").summarised("Our " + word + " approach to reports."));

        assertThat(search.search(SearchQuery.of(word.substring(0, 6) + word.substring(7)), SearchViewer.anonymous())
                .suggestion()).isEmpty();
    }

    private static String uniqueLetters() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private Resource save(ResourceTestData resource) {
        return resources.save(resource.build());
    }

    private List<String> titlesFoundBy(String text) {
        return titles(SearchQuery.of(text));
    }

    private List<String> titles(SearchQuery query) {
        return search.search(query, SearchViewer.anonymous()).hits().stream().map(SearchHit::title).toList();
    }
}
