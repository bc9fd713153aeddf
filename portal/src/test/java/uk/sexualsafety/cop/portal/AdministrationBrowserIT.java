package uk.sexualsafety.cop.portal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.EnrolSecondFactorPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.MembersPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.OrganisationsPage;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AdministrationBrowserIT {

    private static final List<String> MEMBER_NAVIGATION = List.of("nav-home", "nav-resources", "nav-policies",
            "nav-case-studies", "nav-case-studies-yours", "nav-stories", "nav-search", "nav-stories-share",
            "nav-stories-your-story", "nav-account", "nav-sessions");

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void anAdministratorAddsAnOrganisationToTheDirectoryWithItsIntegratedCareBoard(Browser administrator) {
        String name = "Northfield Community Health NHS Trust " + unique();
        signIn(administrator, accounts.create(Role.ADMINISTRATOR));
        OrganisationsPage directory = OrganisationsPage.open(administrator);
        administrator.shouldHaveNoAccessibilityViolations();

        directory.startAdding(name, "NCHT", "Community trust", "England", null);
        directory.save();

        directory.shouldShowMessage(OrganisationsPage.Field.ICB, "Choose the integrated care board");
        administrator.shouldHaveNoAccessibilityViolations();
        assertThat(organisations.findByNameIgnoreCase(name)).isEmpty();

        directory.chooseIcb("NHS Birmingham and Solihull ICB");
        directory.save();

        directory.shouldHaveClosedTheDialog();
        directory.shouldConfirm(name + " was added to the directory");
        directory.search(name);
        directory.shouldList(name, "NCHT", "Community trust", "NHS Birmingham and Solihull ICB", "Midlands",
                "Active");

        directory.changeShortName(name, "NCH");
        directory.shouldConfirm("Changes saved");
        directory.shouldList(name, "NCH", "NHS Birmingham and Solihull ICB");

        directory.deactivate(name);
        directory.shouldList(name, "Deactivated");
    }

    @Test
    void anAdministratorChangesAMembersRolesAndSignsThemOutEverywhere(Browser administrator, Browser member) {
        TestAccounts.Credentials person = accounts.create(Role.MEMBER);
        signIn(member, person);
        new Navigation(member.driver()).shouldOffer(MEMBER_NAVIGATION);

        signIn(administrator, accounts.create(Role.ADMINISTRATOR));
        MembersPage members = MembersPage.open(administrator);
        members.find(person.email());
        members.shouldShow(person.displayName(), "Member", "Active");
        administrator.shouldHaveNoAccessibilityViolations();

        members.startChangingRoles(Set.of("Member", "Administrator"));
        administrator.shouldHaveNoAccessibilityViolations();
        members.saveRoles();
        members.shouldConfirm("Roles saved for " + person.displayName() + ": Member, Administrator");

        // An administrator signs in with a second step: the new one sets it up before anything else opens.
        member.driver().refresh();
        member.waitForVaadin();
        new EnrolSecondFactorPage(member).shouldBeShown();
        member.open("/admin/members");
        new EnrolSecondFactorPage(member).shouldBeShown();

        members.startEndingSessions();
        members.shouldAskToConfirm("Sign " + person.displayName() + " out everywhere?");
        administrator.shouldHaveNoAccessibilityViolations();
        members.confirmEndingSessions();
        members.shouldConfirm("Signed out of 1 session");

        member.driver().refresh();
        member.waitForVaadin();
        new Navigation(member.driver()).shouldShowSignedOut();
        member.open("/admin/members");
        new LoginPage(member).shouldBeShown();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(person.displayName());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
