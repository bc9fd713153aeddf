package uk.sexualsafety.cop.portal.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.Facet;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;
import uk.sexualsafety.cop.search.SearchResults;
import uk.sexualsafety.cop.search.Suggestion;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who finds what: search decides from the signed-in person, whatever the query asks for. */
@IntegrationTest
class PortalSearchIT {

    @Autowired
    PortalSearch search;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ApplicationContext context;

    SearchTestData data;
    String word;
    long author;
    long caseStudy;
    long policy;
    long story;
    long membersResource;
    long publicResource;

    @BeforeEach
    void contentOfEveryKind() {
        data = new SearchTestData(context);
        word = SearchTestData.uniqueWord();
        author = accounts.create(Role.MEMBER).accountId();
        caseStudy = data.publishedCaseStudy(author, "Night shift learning " + word, "She spoke up.", Theme.BYSTANDER);
        data.draftCaseStudy(author, "Draft learning " + word, "Not yet sent.", Theme.BYSTANDER);
        policy = data.sharedPolicy(author, "Sexual safety policy", "Every station keeps a " + word + " room.");
        story = data.publishedStory("What I saw " + word, "It happened on a late shift.",
                ContentWarning.SEXUAL_HARASSMENT);
        data.withdrawStory(data.publishedStory("Withdrawn " + word, "Taken back by its contributor."));
        membersResource = data.resource("Members' toolkit " + word, "For members.", Audience.MEMBERS);
        publicResource = data.resource("Public toolkit " + word, "For everyone.", Audience.PUBLIC);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aMemberFindsEveryPublishedKindButNoDraftOrWithdrawnStory() {
        signedIn.as(accounts.create(Role.MEMBER).accountId());

        SearchResults found = search.search(SearchQuery.of(word));

        assertThat(found.hits()).extracting(SearchHit::type, SearchHit::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ContentType.CASE_STUDY, caseStudy),
                org.assertj.core.groups.Tuple.tuple(ContentType.POLICY, policy),
                org.assertj.core.groups.Tuple.tuple(ContentType.STORY, story),
                org.assertj.core.groups.Tuple.tuple(ContentType.RESOURCE, membersResource),
                org.assertj.core.groups.Tuple.tuple(ContentType.RESOURCE, publicResource));
        assertThat(found.facet(Facet.TYPE)).containsEntry("RESOURCE", 2L).containsEntry("CASE_STUDY", 1L);
        assertThat(found.hits()).filteredOn(hit -> hit.type() == ContentType.STORY).singleElement()
                .satisfies(hit -> assertThat(hit.contentWarnings()).containsExactly("SEXUAL_HARASSMENT"));
        assertThat(search.resourceAddresses(List.of(membersResource, publicResource))).hasSize(2);
    }

    @Test
    void aModeratorWhoIsNotAMemberFindsMembersStoriesAndCaseStudiesButNotThePolicyLibrary() {
        signedIn.as(accounts.create(Role.MODERATOR).accountId());

        SearchResults found = search.search(SearchQuery.of(word));

        assertThat(found.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(caseStudy, story,
                membersResource, publicResource);
        assertThat(found.facet(Facet.TYPE)).doesNotContainKey("POLICY");
        assertThat(search.search(SearchQuery.of(word).with(Facet.TYPE, Set.of("POLICY"))).totalHits()).isZero();
    }

    @Test
    void aTrustRequesterWhoIsNotAMemberFindsOnlyPublicResources() {
        signedIn.as(accounts.create(Role.TRUST_REQUESTER).accountId());

        SearchResults found = search.search(SearchQuery.of(word));

        assertThat(found.hits()).extracting(SearchHit::id).containsExactly(publicResource);
        assertThat(found.facet(Facet.TYPE)).containsOnlyKeys("RESOURCE");
        assertThat(search.resourceAddresses(List.of(membersResource, publicResource))).containsOnlyKeys(publicResource);
    }

    @Test
    void anInvestigatorAskingForCaseStudiesByAddressFindsNothing() {
        signedIn.as(accounts.create(Role.INVESTIGATOR).accountId());

        SearchResults found = search.search(SearchQuery.of(word).with(Facet.TYPE, Set.of("CASE_STUDY"))
                .with(Facet.THEME, Set.of("BYSTANDER")));

        assertThat(found.totalHits()).isZero();
        assertThat(search.search(SearchQuery.of(word).with(Facet.TYPE, Set.of("NOT_A_TYPE"))).totalHits()).isZero();
    }

    @Test
    void suggestionsOfferOnlyTitlesThePersonMayOpen() {
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(search.suggest(word + " nig")).extracting(Suggestion::text)
                .contains("Night shift learning " + word);

        signedIn.as(accounts.create(Role.TRUST_REQUESTER).accountId());
        assertThat(search.suggest(word + " nig")).isEmpty();
        assertThat(search.suggest(word)).extracting(Suggestion::text).containsExactly("Public toolkit " + word);
    }

    @Test
    void facetLabelsNameTheCharterCommitments() {
        signedIn.as(accounts.create(Role.TRUST_REQUESTER).accountId());

        FacetLabels labels = search.facetLabels();

        assertThat(labels.label(Facet.COMMITMENT, "6")).hasValueSatisfying(label -> assertThat(label).startsWith("6. "));
        assertThat(labels.label(Facet.COMMITMENT, "99")).isEmpty();
    }
}
