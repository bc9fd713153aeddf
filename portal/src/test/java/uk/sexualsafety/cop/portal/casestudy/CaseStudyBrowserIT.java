package uk.sexualsafety.cop.portal.casestudy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.CaseStudiesPage;
import uk.sexualsafety.cop.portal.pages.CaseStudyEditorPage;
import uk.sexualsafety.cop.portal.pages.CaseStudyPage;
import uk.sexualsafety.cop.portal.pages.CompareVersionsPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;
import uk.sexualsafety.cop.portal.pages.YourCaseStudiesPage;

import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.uniqueWord;

@BrowserTest
class CaseStudyBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aCaseStudyIsWrittenAnonymisedModeratedReadRevisedAndItsVersionsCompared(Browser author, Browser moderator,
                                                                                 Browser member) {
        String title = "Messages to a student on placement " + uniqueWord();
        signIn(author, accounts.create(Role.MEMBER));
        CaseStudyEditorPage editor = CaseStudyEditorPage.openNew(author);
        author.shouldHaveNoAccessibilityViolations();
        editor.checkIt();
        editor.shouldShowMessage("title", "Give the case study a title");
        editor.shouldShowMessage("account", "Say what happened");
        author.shouldHaveNoAccessibilityViolations();

        editor.write(title, "Sarah Jones told the guardian about the messages on the second night.").checkIt();
        editor.shouldShowPreview();
        editor.shouldOfferToReplace("account", "Sarah Jones", "[name]");
        author.shouldHaveNoAccessibilityViolations();
        editor.send();
        author.shouldHaveNoAccessibilityViolations();

        signIn(moderator, accounts.create(Role.MODERATOR));
        ModerationPage review = ModerationPage.openQueue(moderator).review(title);
        review.shouldShowFact("Structure of harm: Colleague to colleague");
        review.shouldShowText("account", "[name] told the guardian");
        moderator.shouldHaveNoAccessibilityViolations();
        review.approve();
        review.shouldSayPublished();

        signIn(member, accounts.create(Role.MEMBER));
        CaseStudiesPage library = CaseStudiesPage.open(member).filterByTheme("Students and learners");
        library.shouldList(title);
        member.shouldHaveNoAccessibilityViolations();
        CaseStudyPage reading = library.read(title);
        reading.shouldReadInLearningOrder();
        reading.shouldShowVersion(1);
        reading.shouldSay("outcome", "A final written warning.");
        reading.shouldLeaveRoomForTheDiscussion();
        reading.shouldNotOfferComparison();
        member.shouldHaveNoAccessibilityViolations();
        long id = reading.id();

        CaseStudyEditorPage.openToEdit(author, id).changeOutcome("A final written warning and training.")
                .checkIt().send();
        YourCaseStudiesPage.open(author).shouldShowStatus(id, "Revision waiting for moderation");
        author.shouldHaveNoAccessibilityViolations();
        CaseStudyPage.open(member, id).shouldSay("outcome", "A final written warning.");
        CaseStudyPage.open(member, id).shouldShowVersion(1);

        ModerationPage.openQueue(moderator).review(title).approve();
        CaseStudyPage afterRevision = CaseStudyPage.open(member, id);
        afterRevision.shouldShowVersion(2);
        afterRevision.shouldSay("outcome", "A final written warning and training.");

        CaseStudyPage own = CaseStudyPage.open(author, id);
        own.shouldShowVersion(2);
        CompareVersionsPage comparison = own.compareVersions(1, 2);
        comparison.shouldMarkChanged("outcome", "A final written warning.", "A final written warning and training.");
        comparison.shouldMarkUnchanged("title");
        author.shouldHaveNoAccessibilityViolations();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
    }
}
