package uk.sexualsafety.cop.portal.story;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.SearchPage;
import uk.sexualsafety.cop.portal.pages.ShareStoryPage;
import uk.sexualsafety.cop.portal.pages.StoriesPage;
import uk.sexualsafety.cop.portal.pages.YourStoryPage;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@BrowserTest
class StoryBrowserIT {

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @Autowired
    TestAccounts accounts;
    @Autowired
    StoryThrottles throttles;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnonymousStoryIsModeratedReadBehindItsWarningFoundAndWithdrawn(Browser visitor, Browser staff) {
        String word = uniqueWord();
        String title = "Comments on the night shift " + word;
        ShareStoryPage share = ShareStoryPage.open(visitor);
        visitor.shouldHaveNoAccessibilityViolations();
        share.write(title, "A colleague on the " + word + " rota kept commenting on my body. He told me to ring "
                        + "him on 07700 900123 if I wanted a lift home.")
                .warnAbout("Sexual harassment")
                .checkIt();
        share.shouldShowPreview();
        share.shouldOfferToReplace("07700 900123", "[phone number]");
        visitor.shouldHaveNoAccessibilityViolations();
        share.send();
        share.shouldNotShowWhereToGetHelpNow();
        String receiptCode = share.receiptCode();
        share.shouldShowBothCodesWhole();
        visitor.shouldHaveNoAccessibilityViolations();

        signIn(staff, accounts.create(Role.MODERATOR));
        ModerationPage queue = ModerationPage.openQueue(staff);
        queue.shouldList(title);
        staff.shouldHaveNoAccessibilityViolations();
        queue.review(title);
        staff.shouldHaveNoAccessibilityViolations();
        queue.approve();
        queue.shouldSayOneMoreApprovalIsNeeded();
        switchTo(staff, accounts.create(Role.MODERATOR));
        ModerationPage.openQueue(staff).review(title).approve();
        queue.shouldSayPublished();

        switchTo(staff, accounts.create(Role.MEMBER));
        StoriesPage stories = StoriesPage.open(staff);
        stories.shouldKeepClosedBehind(title, "Sexual harassment");
        staff.shouldHaveNoAccessibilityViolations();
        stories.read(title, "[phone number]");
        SearchPage search = SearchPage.searchFromHeader(staff, word);
        search.shouldShowResultCount("1 result");
        search.shouldShowOnlyTheWarningsOf(title, "Sexual harassment");

        YourStoryPage yourStory = YourStoryPage.open(visitor).openWith(receiptCode);
        yourStory.shouldShowStatus("Published");
        visitor.shouldHaveNoAccessibilityViolations();
        yourStory.withdraw();
        yourStory.shouldShowStatus("Withdrawn");

        StoriesPage.open(staff).shouldNotList(title);
        SearchPage.searchFromHeader(staff, word).shouldShowResultCount("0 results");
    }

    @Test
    void whenAnonymousStoriesArePausedTheContributorIsToldTheirStoryWasNotSavedAndKeepsTheirWords(Browser visitor) {
        String title = "Kept while sharing was paused " + uniqueWord();
        String text = "Nothing in here names anyone at all, and I do not want to write it twice.";
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, text).checkIt();
        share.shouldFindNothingToReplace();

        try (SpentSubmissionBudget spent = SpentSubmissionBudget.spend(throttles, jdbc, Duration.ofMinutes(1))) {
            share.sendAndBeRefused();
            share.shouldSayNotSaved("paused until " + UK_TIME.format(spent.resumesAt()) + " (UK time)");
            share.shouldStillHaveTitle(title);
            share.shouldStillHaveText(text);
            visitor.shouldHaveNoAccessibilityViolations();
        }

        share.checkIt();
        share.send();
    }

    @Test
    void aStoryWrittenAsStaffWriteShowsEveryKindOfFindingInThePreview(Browser visitor) {
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write("Nights " + uniqueWord(), "me n jas were on nights at barry station when big tony from "
                        + "merseyside police turned up on tues 14th, he rang me on 07700.900.334 and said email him "
                        + "at t.jones at nhs dot net lol. gcs was 15/15 and every tom dick and harry knew by then")
                .checkIt();

        share.shouldShowPreview();
        share.shouldOfferAmongOthersToReplace("jas", "[name]");
        share.shouldOfferAmongOthersToReplace("big tony", "[name]");
        share.shouldOfferAmongOthersToReplace("barry", "[place]");
        share.shouldOfferAmongOthersToReplace("merseyside police", "[organisation]");
        share.shouldOfferAmongOthersToReplace("tues 14th", "[date]");
        share.shouldOfferAmongOthersToReplace("07700.900.334", "[phone number]");
        share.shouldOfferAmongOthersToReplace("t.jones at nhs dot net", "[email address]");
        share.shouldNotOfferToReplace("15/15");
        share.shouldNotOfferToReplace("harry");
        visitor.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void theRecoveryCodeReplacesALostReceiptCode(Browser visitor) {
        String title = "A story to follow " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, "Nothing in here names anyone at all.").checkIt();
        share.shouldFindNothingToReplace();
        share.send();
        String lostCode = share.receiptCode();
        String recoveryCode = share.recoveryCode();

        YourStoryPage yourStory = YourStoryPage.open(visitor);
        String newCode = yourStory.recover(recoveryCode);
        visitor.shouldHaveNoAccessibilityViolations();

        yourStory.openWith(lostCode).shouldSayNotFound();
        yourStory.openWith(newCode).shouldShowStatus("Waiting for moderation");
    }

    @Test
    void aModeratorRequestsChangesAndTheContributorResubmitsTheSuggestedVersion(Browser visitor, Browser staff) {
        String title = "On placement " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, "It happened at Northgate station, where I was on placement.").checkIt();
        share.send();
        String receiptCode = share.receiptCode();

        signIn(staff, accounts.create(Role.MODERATOR));
        ModerationPage review = ModerationPage.openQueue(staff).review(title);
        review.requestChanges("Please leave out the name of the station.",
                "It happened at a station where I was on placement.");
        staff.shouldHaveNoAccessibilityViolations();

        YourStoryPage yourStory = YourStoryPage.open(visitor).openWith(receiptCode);
        yourStory.shouldShowStatus("Changes requested");
        yourStory.shouldShowModeratorsMessage("Please leave out the name of the station.");
        visitor.shouldHaveNoAccessibilityViolations();
        yourStory.takeTheSuggestionAndSendIt();
        yourStory.shouldShowStatus("Waiting for moderation");

        ModerationPage.openQueue(staff).review(title).shouldShowInHistory("sent a new version");
    }

    @Test
    void anEmptyStoryGetsAMessageAndKeepsWhatWasTyped(Browser visitor) {
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write("My title stays", "   ").checkIt();

        share.shouldShowMessage("story-text", "Write your story here before you go on. Spaces or invisible "
                + "characters on their own cannot be submitted.");
        share.shouldStillHaveTitle("My title stays");
    }

    @Test
    void twoModeratorsActingAtOnceNeverOverwriteEachOther(Browser first, Browser second) {
        String title = "Reviewed twice at once " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(first);
        share.write(title, "Plain text.").checkIt();
        share.send();
        signIn(first, accounts.create(Role.MODERATOR));
        signIn(second, accounts.create(Role.MODERATOR));
        ModerationPage firstReview = ModerationPage.openQueue(first).review(title);
        ModerationPage secondReview = ModerationPage.openQueue(second).review(title);

        firstReview.approve();
        secondReview.approveExpectingItChanged();
        second.shouldHaveNoAccessibilityViolations();

        secondReview.reload();
        secondReview.shouldShowInHistory("approved it");
        secondReview.approve();
        secondReview.shouldSayPublished();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
    }

    private static void switchTo(Browser browser, TestAccounts.Credentials person) {
        new Navigation(browser.driver()).signOut();
        browser.waitForVaadin();
        signIn(browser, person);
    }
}
