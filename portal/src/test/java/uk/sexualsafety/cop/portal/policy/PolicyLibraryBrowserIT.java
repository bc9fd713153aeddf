package uk.sexualsafety.cop.portal.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.organisation.IcbRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.PolicyCoveragePage;
import uk.sexualsafety.cop.portal.pages.PolicyFormPage;
import uk.sexualsafety.cop.portal.pages.PolicyLibraryPage;
import uk.sexualsafety.cop.portal.pages.PolicyPage;
import uk.sexualsafety.cop.portal.pages.SearchPage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@BrowserTest
class PolicyLibraryBrowserIT {

    @Autowired
    PolicySharing sharing;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    IcbRepository icbs;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PolicyUploads uploads;

    @TempDir
    Path files;

    @Test
    void aMemberSharesAPolicyFindsItByItsTextDownloadsItAndUploadsANewVersion(Browser browser) throws IOException {
        PolicyOrganisations people = new PolicyOrganisations(organisations, icbs, accounts, transaction);
        long organisation = people.trustInIcb("QWO");
        String organisationName = people.nameOf(organisation);
        TestAccounts.Credentials member = people.memberOf(organisation);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String overdueTitle = "Overdue bullying policy " + unique;
        String title = "Safer shifts policy " + unique;
        String phrase = "quietroom" + unique;
        overdueAlready(member, overdueTitle);

        LoginPage.open(browser).signInAs(member.email(), member.password());
        PolicyLibraryPage library = PolicyLibraryPage.open(browser);
        library.shouldMarkReviewOverdue(overdueTitle);
        browser.shouldHaveNoAccessibilityViolations();

        PolicyFormPage form = library.startSharing();
        LocalDate effective = LocalDate.now().minusMonths(2);
        form.title(title).kind("Sexual safety").version("1.0", effective, effective.minusDays(1))
                .summary("How we keep night shifts safe and how to raise a concern.")
                .addressing("6. Clear policies and timely action")
                .chooseFile(file("Safer shifts policy.pdf", TestDocuments.pdf("Safer shifts policy",
                        "Every station keeps a " + phrase + " where staff can talk in private.")));
        form.shareExpectingProblems();
        form.shouldShowMessage("policy-review-due-on", "The next review cannot be before the date this version "
                + "takes effect (" + PolicyDates.format(effective) + ")");
        form.shouldStillHold("policy-title", title);
        browser.shouldHaveNoAccessibilityViolations();

        form.version("1.0", effective, effective.plusYears(2));
        PolicyPage page = form.share().shouldShowTitle(title);
        page.shouldSay("Your policy is in the library");
        assertThat(uploads.heldBy(member.accountId())).as("uploads kept after saving").isZero();
        page.shouldShowInItsText("keeps a " + phrase + " where staff");
        browser.shouldHaveNoAccessibilityViolations();

        SearchPage search = SearchPage.open(browser);
        search.searchFor(phrase);
        search.shouldShowHit(title);
        search.shouldHighlight(phrase);
        browser.shouldHaveNoAccessibilityViolations();
        search.openHit(title);

        page.shouldShowTitle(title);
        assertThat(page.currentDownloadHref()).contains("VAADIN/dynamic");
        PolicyPage.Download first = page.downloadCurrent();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/pdf");
        assertThat(first.disposition()).contains("attachment").contains("Safer shifts policy.pdf");
        assertThat(first.size()).isEqualTo(Files.size(files.resolve("Safer shifts policy.pdf")));

        PolicyFormPage newVersion = page.startNewVersion();
        newVersion.shouldStillHold("policy-title", title);
        browser.shouldHaveNoAccessibilityViolations();
        newVersion.version("2.0", LocalDate.now(), LocalDate.now().plusYears(3))
                // Several megabytes, in parts in the database, to show a file of a realistic size goes through.
                .chooseFile(file("Safer shifts policy v2.docx", TestDocuments.docxPadded(3,
                        "Safer shifts policy, version 2", "Rest rooms are now open to students on placement too.")));
        PolicyPage updated = newVersion.uploadVersion().shouldShowTitle(title);
        updated.shouldSay("The new version is now the one members see first");
        updated.shouldListVersions(List.of("Version 2.0 (current)", "Version 1.0"));
        updated.shouldShowInItsText("open to students on placement");
        assertThat(updated.downloadVersion(1).size()).isEqualTo(first.size());
        assertThat(updated.downloadCurrent().contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        browser.shouldHaveNoAccessibilityViolations();

        PolicyFormPage details = updated.startChangingDetails();
        browser.shouldHaveNoAccessibilityViolations();
        // Day first, as in Britain, whatever the server's own locale: 7/11 is the 7th of November.
        int year = LocalDate.now().getYear() + 4;
        details.typeNextReview("7/11/" + year).shouldShowNextReviewAs(7, 11, year);
        PolicyPage reviewed = details.save().shouldShowTitle(title);
        reviewed.shouldSay("The policy's details are saved");
        reviewed.shouldShowNextReview("Next review due on 7 November " + year);

        PolicyCoveragePage coverage = PolicyLibraryPage.open(browser).openCoverage();
        coverage.shouldShow(organisationName, 6, "Yes");
        coverage.shouldShow(organisationName, 3, "No");
        browser.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void aRenamedExecutableIsRefusedNextToTheFileFieldAsSoonAsItArrives(Browser browser) throws IOException {
        PolicyOrganisations people = new PolicyOrganisations(organisations, icbs, accounts, transaction);
        TestAccounts.Credentials member = people.memberOf(people.trustInIcb("QOP"));
        LoginPage.open(browser).signInAs(member.email(), member.password());

        PolicyFormPage form = PolicyLibraryPage.open(browser).startSharing();
        form.chooseFileExpectingRefusal(file("policy.pdf", TestDocuments.executable()), "whatever its name says");

        browser.shouldHaveNoAccessibilityViolations();
        assertThat(uploads.heldBy(member.accountId())).as("a refused file is not kept").isZero();
    }

    @Test
    void aFileChosenOnAFormThatIsLeftIsDeleted(Browser browser) throws IOException {
        PolicyOrganisations people = new PolicyOrganisations(organisations, icbs, accounts, transaction);
        TestAccounts.Credentials member = people.memberOf(people.trustInIcb("QOP"));
        LoginPage.open(browser).signInAs(member.email(), member.password());

        PolicyLibraryPage library = PolicyLibraryPage.open(browser);
        library.startSharing().chooseFile(file("Draft policy.pdf", TestDocuments.pdf("Draft policy",
                "A draft that is never shared.")));
        assertThat(uploads.heldBy(member.accountId())).isEqualTo(1);

        new Navigation(browser.driver()).goTo("nav-policies");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(uploads.heldBy(member.accountId())).isZero());
    }

    /** A policy shared through the service, its review already past. */
    private void overdueAlready(TestAccounts.Credentials member, String title) {
        signedIn.as(member.accountId());
        try {
            sharing.share(PolicyTestData.policy().titled(title)
                    .version("2019", LocalDate.of(2019, 1, 1), LocalDate.now().minusDays(3)).form());
        } finally {
            signedIn.nobody();
        }
    }

    private File file(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes).toFile();
    }
}
