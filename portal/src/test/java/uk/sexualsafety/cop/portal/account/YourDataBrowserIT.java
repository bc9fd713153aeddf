package uk.sexualsafety.cop.portal.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.YourAccountPage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class YourDataBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void aMemberDownloadsTheirDataAndTheZipHoldsTheirCaseStudy(Browser browser) throws IOException {
        TestAccounts.Credentials member = accounts.create(Role.MEMBER, Role.CONTRIBUTOR);
        Contributions.Made made = new Contributions(context).by(member.accountId(),
                accounts.create(Role.MEMBER, Role.MODERATOR).accountId());
        LoginPage.open(browser).signInAs(member.email(), member.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(member.displayName());

        YourAccountPage account = YourAccountPage.open(browser);
        browser.shouldHaveNoAccessibilityViolations();
        File downloaded = account.downloadMyData();

        assertThat(downloaded.getName()).matches("your-data-\\d{4}-\\d{2}-\\d{2}\\.zip");
        Map<String, byte[]> zip = ZipContents.of(downloaded.toPath());
        String json = new String(zip.get("your-data.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("Published " + made.word(), "Revised " + made.word(), member.email())
                .doesNotContain("Anonymous " + made.word());
        assertThat(zip.keySet()).anyMatch(name -> name.startsWith("files/policy-version-")
                && name.endsWith("/Our policy.pdf"));
        account.shouldShowDetail(member.displayName());
    }
}
