package uk.sexualsafety.cop.portal.moderation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;
import uk.sexualsafety.cop.portal.pages.ShareStoryPage;
import uk.sexualsafety.cop.portal.pages.YourStoryPage;

import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@BrowserTest
class WithdrawnItemBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aModeratorOpeningAWithdrawnStorysItemSeesOnlyItsStatus(Browser visitor, Browser moderator) {
        String word = uniqueWord();
        String title = "Said on the stairs " + word;
        ShareStoryPage share = ShareStoryPage.open(visitor);
        share.write(title, "Nothing in here names anyone, but the " + word + " remark stayed with me.").checkIt();
        share.shouldFindNothingToReplace();
        share.send();
        String receiptCode = share.receiptCode();

        TestAccounts.Credentials staff = accounts.create(Role.MODERATOR);
        LoginPage.open(moderator).signInAs(staff.email(), staff.password());
        ModerationPage review = ModerationPage.openQueue(moderator).review(title);
        review.shouldShowStoryText(word);
        String itemAddress = review.itemAddress();

        YourStoryPage.open(visitor).openWith(receiptCode).withdraw();

        ModerationPage withdrawn = ModerationPage.openItem(moderator, itemAddress);
        withdrawn.shouldShowOnlyItsStatus("Withdrawn", word);
        withdrawn.shouldShowInHistory("The contributor \u2013 withdrew it");
        moderator.shouldHaveNoAccessibilityViolations();

        ModerationPage.openItem(moderator, "/moderation/98765432109876543210").shouldSayItemNotFound();
        ModerationPage.openItem(moderator, "/moderation/987654321098").shouldSayItemNotFound();
        moderator.shouldHaveNoAccessibilityViolations();
    }
}
