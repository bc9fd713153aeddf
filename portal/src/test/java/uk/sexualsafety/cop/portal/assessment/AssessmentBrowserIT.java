package uk.sexualsafety.cop.portal.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.AssessmentPages;
import uk.sexualsafety.cop.portal.pages.LoginPage;

import java.time.LocalDate;

@BrowserTest
class AssessmentBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeadWritesADraftWithEvidenceAndActionsAndASecondLeadSignsItOff(Browser author, Browser secondLead,
                                                                         Browser outsider) {
        // An organisation with no assessment yet, so that the period first offered is free whatever ran before.
        long organisation = jdbc.queryForObject("select min(id) from organisation where id not in "
                + "(select organisation_id from assessment)", Long.class);
        signIn(author, accounts.createIn(organisation, Role.MEMBER, Role.ASSESSMENT_LEAD));
        AssessmentPages list = AssessmentPages.openList(author);
        author.shouldHaveNoAccessibilityViolations();

        AssessmentPages editor = list.startAssessment();
        long id = editor.id();
        editor.shouldShowDescriptorBeside("C1", 3, "The board has agreed a plan with measures");
        for (String code : new String[] {"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "WPA1",
                "WPA2", "WPA3", "WPA4", "WPA5", "CR1", "CR2", "CR3", "CR4", "CR5"}) {
            editor.chooseLevel(code, 2);
        }
        editor.chooseLevel("C1", 3)
                .writeEvidence("C1", "The board agreed the plan; Sarah Jones presents progress each quarter.")
                .checkEvidence("C1")
                .shouldOfferToReplace("Sarah Jones", "[name]");
        author.shouldHaveNoAccessibilityViolations();
        editor.useCheckedVersion()
                .shouldHaveEvidence("C1", "The board agreed the plan; [name] presents progress each quarter.")
                .addAction("C1", "Publish the plan to all staff", "Director of people", LocalDate.of(2027, 3, 31))
                .save();
        author.shouldHaveNoAccessibilityViolations();
        editor.submit().shouldNotOfferSignOff();

        long elsewhere = jdbc.queryForObject("select min(id) from organisation where id <> ?", Long.class,
                organisation);
        signIn(outsider, accounts.createIn(elsewhere, Role.MEMBER, Role.ASSESSMENT_LEAD));
        AssessmentPages.openAssessment(outsider, id).shouldSayNotAvailable();

        signIn(secondLead, accounts.createIn(organisation, Role.MEMBER, Role.ASSESSMENT_LEAD));
        AssessmentPages signing = AssessmentPages.openAssessment(secondLead, id);
        signing.shouldShowAction("C1", "Publish the plan to all staff");
        secondLead.shouldHaveNoAccessibilityViolations();
        signing.signOff().shouldBeReadOnly().shouldOfferCsv();
        secondLead.shouldHaveNoAccessibilityViolations();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
    }
}
