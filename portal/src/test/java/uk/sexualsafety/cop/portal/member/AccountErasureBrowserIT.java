package uk.sexualsafety.cop.portal.member;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.MembersPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.security.SignInSessions;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AccountErasureBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SignInSessions signIns;

    @Test
    void anAdministratorErasesAnAccountAndThePersonIsSignedOutAndCannotSignInAgain(Browser administrator,
                                                                                  Browser member) {
        TestAccounts.Credentials person = accounts.create(Role.MEMBER);
        LoginPage.open(member).signInAs(person.email(), person.password());
        new Navigation(member.driver()).shouldShowSignedInAs(person.displayName());

        TestAccounts.Credentials admin = accounts.create(Role.ADMINISTRATOR);
        LoginPage.open(administrator).signInAs(admin.email(), admin.password());
        MembersPage members = MembersPage.open(administrator);
        members.find(person.email());
        members.startErasing();
        administrator.shouldHaveNoAccessibilityViolations();

        members.confirmErasing();
        members.shouldAskForTheirChoice("Choose what they asked for their contributions");
        members.chooseForContributions("Keep them, shown as by a former member");
        members.confirmErasing();

        members.shouldConfirm(person.displayName() + "'s account is erased and 1 sign-in was ended");
        assertThat(signIns.listFor(person.accountId())).isEmpty();
        members.find("erased-" + person.accountId() + "@erased.invalid");
        members.shouldShow("Former member", "Erased");
        administrator.shouldHaveNoAccessibilityViolations();

        member.driver().refresh();
        member.waitForVaadin();
        new Navigation(member.driver()).shouldShowSignedOut();
        LoginPage login = LoginPage.open(member);
        login.signInAs(person.email(), person.password());
        login.shouldShowError("Incorrect email address or password");
    }
}
