package uk.sexualsafety.cop.portal.resource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResourceLibraryIT {

    @Autowired
    ResourceLibrary library;

    @Autowired
    ResourceRepository resources;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void membersSeeMembersOnlyResourcesAndOthersSeeOnlyPublicOnes() {
        String word = TestResources.uniqueWord();
        resources.save(TestResources.guidance("Public " + word, "For everyone", Audience.PUBLIC));
        resources.save(TestResources.guidance("Members only " + word, "For members", Audience.MEMBERS));
        ResourceLibrary.Filter guidance = new ResourceLibrary.Filter(ResourceKind.GUIDANCE, null);

        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(library.browse(guidance, 0, 100)).extracting(ResourceSummary::title)
                .contains("Public " + word, "Members only " + word);

        signedIn.as(accounts.create(Role.INVESTIGATOR).accountId());
        assertThat(library.browse(guidance, 0, 100)).extracting(ResourceSummary::title)
                .contains("Public " + word).doesNotContain("Members only " + word);
        assertThat(library.count(guidance)).isEqualTo(library.browse(guidance, 0, 100).size());
    }

    @Test
    void theCountFollowsTheFilters() {
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        long guidanceBefore = library.count(new ResourceLibrary.Filter(ResourceKind.GUIDANCE, null));
        long trainingBefore = library.count(new ResourceLibrary.Filter(ResourceKind.TRAINING, null));

        resources.save(TestResources.guidance("Counted " + TestResources.uniqueWord(), "Guidance", Audience.MEMBERS));

        assertThat(library.count(new ResourceLibrary.Filter(ResourceKind.GUIDANCE, null))).isEqualTo(guidanceBefore + 1);
        assertThat(library.count(new ResourceLibrary.Filter(ResourceKind.TRAINING, null))).isEqualTo(trainingBefore);
    }
}
