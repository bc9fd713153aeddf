package uk.sexualsafety.cop.portal.investigator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.PoolPages;

import java.time.LocalDate;

@BrowserTest
class InvestigatorPoolBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    InvestigatorProfiles profiles;
    @Autowired
    InvestigatorRepository investigators;
    @Autowired
    ApplicationContext context;

    PoolTestData pool;

    @BeforeEach
    void pool() {
        pool = new PoolTestData(context);
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aRequestIsRankedOfferedDeclinedAcceptedAndCarriedToItsClose(Browser investigator, Browser requester,
                                                                      Browser coordinator) {
        long trust = pool.organisationInIcb("QWO");
        String trustName = organisations.findById(trust).orElseThrow().getName();
        TestAccounts.Credentials first = accounts.create(Role.INVESTIGATOR);
        TestAccounts.Credentials second = accounts.create(Role.INVESTIGATOR);
        PoolTestData.PoolMember conflicted = pool.activeInvestigator(PoolTestData.eligibleProfile()
                .employment(trust, LocalDate.of(2019, 1, 1), null).build());

        // The investigator keeps a profile; a bad period gets its message and nothing is lost.
        PoolPages investigatorPages = new PoolPages(investigator);
        LoginPage.open(investigator).signInAs(first.email(), first.password());
        investigatorPages.openProfile();
        investigator.shouldHaveNoAccessibilityViolations();
        investigatorPages.fillProfile("Ira Independent", "ira@example.org", "Sexual misconduct",
                "Workplace investigations");
        investigatorPages.addUnavailablePeriodEndingBeforeItStarts();
        investigatorPages.saveProfile();
        investigatorPages.shouldShowProblemOn("unavailable-0-to");
        investigatorPages.removeUnavailablePeriod();
        investigatorPages.saveProfile();
        investigatorPages.shouldSayProfileSaved();
        long firstId = investigators.findByAccountId(first.accountId()).orElseThrow().getId();
        signedIn.as(second.accountId());
        // As free as a profile can be, so that the second investigator is the best match once the first declines.
        long secondId = profiles.saveMyProfile(PoolTestData.eligibleProfile().capacity(20, 31).build(), null).id();
        pool.moveTo(new PoolTestData.PoolMember(secondId, second.accountId()), PoolStatus.ACTIVE);
        signedIn.nobody();

        // A requester files a request for their own trust.
        TestAccounts.Credentials requesterAccount = accounts.createIn(trust, Role.MEMBER, Role.TRUST_REQUESTER);
        PoolPages requesterPages = new PoolPages(requester);
        LoginPage.open(requester).signInAs(requesterAccount.email(), requesterAccount.password());
        requesterPages.fileRequest("Misogyny", "Sexual misconduct",
                LocalDate.now().plusDays(21).toString(),
                PoolTestData.CLEAN_SUMMARY);
        requester.shouldHaveNoAccessibilityViolations();

        requesterPages.shouldShowOurRequestStatus("Waiting for an investigator");
        requester.shouldHaveNoAccessibilityViolations();

        // The coordinator vets the new investigator, then sees the ranked list with the conflicted one excluded.
        TestAccounts.Credentials coordinatorAccount = accounts.create(Role.POOL_COORDINATOR);
        PoolPages coordinatorPages = new PoolPages(coordinator);
        LoginPage.open(coordinator).signInAs(coordinatorAccount.email(), coordinatorAccount.password());
        coordinatorPages.vet("Ira Independent", "References and accreditation checked");
        coordinator.shouldHaveNoAccessibilityViolations();
        coordinator.open("/pool/requests/open");
        coordinator.shouldHaveNoAccessibilityViolations();
        coordinatorPages.openAllocation(trustName);
        coordinatorPages.shouldRank(firstId);
        coordinatorPages.shouldRank(secondId);
        coordinatorPages.shouldExcludeWithReason(conflicted.investigatorId(), "Works for " + trustName);
        coordinator.shouldHaveNoAccessibilityViolations();
        coordinatorPages.offerTo(firstId);

        // The first investigator declines; the request passes at once to the best match not yet asked, who accepts.
        investigatorPages.openCases();
        investigator.shouldHaveNoAccessibilityViolations();
        investigatorPages.declineOffer("I am on leave for most of that month.");
        coordinatorPages.openAllocation(trustName);
        coordinatorPages.shouldShowAskedAlready(firstId, "declined");
        coordinatorPages.shouldShowAskedAlready(secondId, "waiting for an answer");
        coordinator.shouldHaveNoAccessibilityViolations();
        switchTo(investigator, second);
        investigatorPages.openCases();
        investigatorPages.acceptOffer();
        investigatorPages.signDeclaration("I have no conflict of interest with this trust or anyone involved.");
        investigatorPages.shouldShowCaseSummary("unwanted comments");
        investigator.shouldHaveNoAccessibilityViolations();
        for (String milestone : new String[] {"Terms of reference agreed", "Interviews done", "Report delivered",
                "Closed"}) {
            investigatorPages.recordMilestone(milestone);
        }

        requesterPages.shouldShowOurRequestStatus("Closed");
        coordinatorPages.openReports();
        coordinatorPages.shouldReportAllocated();
        coordinator.shouldHaveNoAccessibilityViolations();
    }

    private static void switchTo(Browser browser, TestAccounts.Credentials person) {
        Navigation navigation = new Navigation(browser.driver());
        navigation.signOut();
        navigation.shouldShowSignedOut();
        LoginPage.open(browser).signInAs(person.email(), person.password());
        navigation.shouldShowSignedInAs(person.displayName());
    }
}
