package uk.sexualsafety.cop.portal.story;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;
import uk.sexualsafety.cop.portal.pages.ReadingSettingsPage;
import uk.sexualsafety.cop.portal.pages.ShareStoryPage;
import uk.sexualsafety.cop.portal.pages.StoriesPage;
import uk.sexualsafety.cop.portal.pages.YourStoryPage;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@BrowserTest
class StoryReadingBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    StoryRepository stories;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMemberOpensStoriesStraightAwayExceptThoseCarryingAWarningTheyKeepClosed(Browser member) {
        String harassment = "Open straight away " + uniqueWord();
        String selfHarm = "Kept closed " + uniqueWord();
        published(harassment, "<b>Not bold</b> and <script>alert(1)</script> shown as typed.",
                ContentWarning.SEXUAL_HARASSMENT);
        published(selfHarm, "A hard story to read.", ContentWarning.SELF_HARM);
        TestAccounts.Credentials person = accounts.create(Role.MEMBER);
        LoginPage.open(member).signInAs(person.email(), person.password());

        ReadingSettingsPage.open(member).openStoriesStraightAwayExceptFor("Self-harm");
        member.shouldHaveNoAccessibilityViolations();

        StoriesPage list = StoriesPage.open(member);
        list.shouldShowOpen(harassment, "<b>Not bold</b> and <script>alert(1)</script> shown as typed.");
        list.shouldKeepClosedBehind(selfHarm, "Self-harm");
        member.shouldHaveNoAccessibilityViolations();

        list.openStory(selfHarm);
        StoriesPage.shouldKeepTheStoryPageClosedBehind(member, "Self-harm");
        member.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void aModeratorRejectsAStoryWithAReasonTheContributorThenSees(Browser visitor, Browser moderator) {
        String title = "Not for publication " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, "Some text about a shift.").checkIt();
        share.send();
        String receiptCode = share.receiptCode();
        TestAccounts.Credentials person = accounts.create(Role.MODERATOR);
        LoginPage.open(moderator).signInAs(person.email(), person.password());

        ModerationPage review = ModerationPage.openQueue(moderator).review(title);
        review.startRejecting();
        moderator.shouldHaveNoAccessibilityViolations();
        review.rejectWithoutAReason();
        review.rejectFor("It is not about sexual safety at work", "Please share it with your wellbeing team.");

        YourStoryPage yourStory = YourStoryPage.open(visitor).openWith(receiptCode);
        yourStory.shouldShowStatus("Not published");
        yourStory.shouldShowModeratorsMessage("It is not about sexual safety at work. Please share it with your "
                + "wellbeing team.");
    }

    @Test
    void aStorySuggestingSomeoneIsAtRiskShowsWhereToGetHelpAndComesFirstForModerators(Browser visitor,
                                                                                       Browser moderator) {
        String title = "Please read this first " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, "He still follows me home after every shift and I am not safe.").checkIt();
        share.send();

        share.shouldShowWhereToGetHelpNow();
        visitor.shouldHaveNoAccessibilityViolations();
        TestAccounts.Credentials person = accounts.create(Role.MODERATOR);
        LoginPage.open(moderator).signInAs(person.email(), person.password());
        ModerationPage.openQueue(moderator).shouldMarkUrgent(title);
    }

    private void published(String title, String body, ContentWarning warning) {
        transaction.executeWithoutResult(status -> {
            byte[] receipt = new byte[32];
            byte[] recovery = new byte[32];
            new SecureRandom().nextBytes(receipt);
            new SecureRandom().nextBytes(recovery);
            Story story = stories.save(Story.anonymous(receipt, recovery, StoryTestData.anonymousStory()
                    .titled(title).saying(body).warning(warning).content(), false, Instant.now()));
            story.publish(LocalDate.now(), Instant.now());
        });
    }
}
