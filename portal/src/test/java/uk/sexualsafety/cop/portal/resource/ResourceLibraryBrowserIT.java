package uk.sexualsafety.cop.portal.resource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ResourceLibraryPage;

@BrowserTest
class ResourceLibraryBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ResourceRepository resources;

    @Test
    void aMemberFindsANewResourceInTheLibrary(Browser browser) {
        String title = "Newest guidance " + TestResources.uniqueWord();
        resources.save(TestResources.guidance(title, "Published for members", Audience.MEMBERS));
        TestAccounts.Credentials member = accounts.create(Role.MEMBER);
        LoginPage.open(browser).signInAs(member.email(), member.password());

        ResourceLibraryPage library = ResourceLibraryPage.open(browser);

        library.shouldList(title);
        browser.shouldHaveNoAccessibilityViolations();
    }
}
