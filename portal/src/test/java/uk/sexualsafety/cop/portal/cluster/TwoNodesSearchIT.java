package uk.sexualsafety.cop.portal.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.search.SearchTestData;
import uk.sexualsafety.cop.search.SearchHit;
import uk.sexualsafety.cop.search.SearchQuery;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Two portal nodes on one database and one OpenSearch index: a change made through either node is found through the
 * other, because every node's changes reach the shared index through the outbox (decision 037). The waits are
 * generous for a busy test machine, and poll in the test's thread, where the member is signed in.
 */
class TwoNodesSearchIT {

    private static final Duration AT_MOST = Duration.ofSeconds(30);

    private final PortalCluster cluster = PortalCluster.running();
    private final String word = SearchTestData.uniqueWord();

    @AfterEach
    void signOut() {
        cluster.nodeA().bean(SignedIn.class).nobody();
    }

    @Test
    void aCaseStudyPublishedThroughNodeAIsFoundThroughNodeB() {
        long author = cluster.nodeA().bean(TestAccounts.class).create(Role.MEMBER).accountId();
        long caseStudy = new SearchTestData(cluster.nodeA().context())
                .publishedCaseStudy(author, "Night shift learning " + word, "She spoke up.", Theme.BYSTANDER);

        signInAMemberOn(cluster.nodeB());

        await().pollInSameThread().atMost(AT_MOST).until(() -> idsFoundOn(cluster.nodeB()).contains(caseStudy));
    }

    @Test
    void aStoryWithdrawnThroughNodeBDisappearsFromNodeAsSearch() {
        SearchTestData throughNodeB = new SearchTestData(cluster.nodeB().context());
        long story = throughNodeB.publishedStory("What I saw " + word, "It happened on a late shift.",
                ContentWarning.SEXUAL_HARASSMENT);
        signInAMemberOn(cluster.nodeA());
        await().pollInSameThread().atMost(AT_MOST).until(() -> idsFoundOn(cluster.nodeA()).contains(story));

        throughNodeB.withdrawStory(story);

        await().pollInSameThread().atMost(AT_MOST).until(() -> !idsFoundOn(cluster.nodeA()).contains(story));
    }

    private void signInAMemberOn(PortalCluster.Node node) {
        long member = node.bean(TestAccounts.class).create(Role.MEMBER).accountId();
        node.bean(SignedIn.class).as(member);
    }

    private List<Long> idsFoundOn(PortalCluster.Node node) {
        return node.bean(PortalSearch.class).search(SearchQuery.of(word)).hits().stream().map(SearchHit::id).toList();
    }
}
