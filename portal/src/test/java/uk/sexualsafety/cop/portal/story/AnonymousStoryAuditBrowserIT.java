package uk.sexualsafety.cop.portal.story;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.AuditTrailPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.ShareStoryPage;

import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

@BrowserTest
class AnonymousStoryAuditBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStorySentAnonymouslyWhileSignedInShowsNoOneOnTheAdministratorsAuditPage(Browser member,
                                                                                   Browser administrator) {
        TestAccounts.Credentials contributor = accounts.create(Role.MEMBER);
        LoginPage.open(member).signInAs(contributor.email(), contributor.password());
        new Navigation(member.driver()).shouldShowSignedInAs(contributor.displayName());
        String title = "What happened on the late shift " + uniqueWord();
        ShareStoryPage share = ShareStoryPage.open(member);
        share.write(title, "A colleague kept making comments about my body when we were alone in the cab.")
                .checkIt();
        share.shouldShowPreview();
        share.send();
        long storyId = jdbc.queryForObject("select id from story where title = ?", Long.class, title);

        TestAccounts.Credentials admin = accounts.create(Role.ADMINISTRATOR);
        LoginPage.open(administrator).signInAs(admin.email(), admin.password());
        new Navigation(administrator.driver()).shouldShowSignedInAs(admin.displayName());
        AuditTrailPage audit = AuditTrailPage.open(administrator, "targetType=story&targetId=" + storyId);
        audit.shouldListRowWith("STORY_SUBMITTED", "No one signed in", ":00:00");
        audit.shouldNotListRowWith(contributor.displayName());
        audit.shouldNotListRowWith(contributor.email());
        administrator.shouldHaveNoAccessibilityViolations();

        AuditTrailPage byTheContributor = AuditTrailPage.open(administrator, "actor="
                + contributor.accountId());
        byTheContributor.shouldListRowWith("SIGNED_IN");
        byTheContributor.shouldNotListRowWith("STORY_SUBMITTED");
    }
}
