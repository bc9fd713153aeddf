package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StorySubmissions;

import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@BrowserTest
class ModerationQueueSearchBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    StorySubmissions submissions;

    @Test
    void aModeratorSearchesTheWaitingItemsAndOpensTheOneFound(Browser moderator) {
        String word = uniqueWord();
        String wanted = "In the bay " + word;
        String other = "At the station " + word;
        submit(wanted, "He harassed me while we restocked the vehicle.");
        submit(other, "Nothing like that happened to me there.");
        TestAccounts.Credentials person = accounts.create(Role.MODERATOR);
        LoginPage.open(moderator).signInAs(person.email(), person.password());
        new Navigation(moderator.driver()).shouldShowSignedInAs(person.displayName());

        ModerationPage queue = ModerationPage.openQueue(moderator);
        queue.searchFor(word + " harassment");

        queue.shouldSayMatches("1 item matches");
        queue.shouldListOnly(wanted);
        queue.shouldKeepTheSearchInTheAddress(word + " harassment");
        moderator.shouldHaveNoAccessibilityViolations();

        moderator.driver().refresh();
        moderator.waitForVaadin();
        queue.shouldListOnly(wanted);

        queue.searchFor(word + " \"restocked the station\"");
        queue.shouldSayNothingMatches();
        moderator.shouldHaveNoAccessibilityViolations();

        queue.searchFor(word);
        queue.shouldSayMatches("2 items match");
        queue.shouldListOnly(wanted, other);
        queue.clearSearch();
        queue.shouldList(wanted);

        queue.searchFor(word + " harassment").review(wanted);
    }

    private void submit(String title, String body) {
        submissions.submit(anonymousStory().titled(title).saying(body).draft(), ApprovedFindings.NONE,
                uniqueClient());
    }
}
