package uk.sexualsafety.cop.portal.secondfactor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.EnrolSecondFactorPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.MembersPage;
import uk.sexualsafety.cop.portal.pages.SecondFactorSectionPage;
import uk.sexualsafety.cop.portal.pages.Navigation;
import uk.sexualsafety.cop.portal.pages.SecondFactorPage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SecondFactorBrowserIT {

    @Autowired
    TestAccounts accounts;

    @Test
    void aNewModeratorSetsUpTheSecondStepAndSignsInWithACodeNextTime(Browser browser) {
        TestAccounts.Credentials moderator = accounts.createWithoutSecondFactor(Role.MODERATOR, Role.MEMBER);
        LoginPage.open(browser).signInWithPasswordOnly(moderator.email(), moderator.password());

        EnrolSecondFactorPage enrolment = new EnrolSecondFactorPage(browser);
        enrolment.shouldBeShown();
        enrolment.shouldShowAQrCode();
        browser.shouldHaveNoAccessibilityViolations();
        browser.open("/moderation");
        enrolment.shouldBeShown();
        new Navigation(browser.driver()).shouldShowSignedOut();

        AuthenticatorApp phone = new AuthenticatorApp(enrolment.secret());
        enrolment.confirmWith(phone.wrongCode());
        enrolment.shouldRefuseTheCode("That code is not right");
        enrolment.confirmWith(phone.codeNow());
        List<String> recoveryCodes = enrolment.recoveryCodes();
        assertThat(recoveryCodes).doesNotHaveDuplicates();
        browser.shouldHaveNoAccessibilityViolations();
        enrolment.carryOn();

        Navigation navigation = new Navigation(browser.driver());
        navigation.shouldShowSignedInAs(moderator.displayName());
        navigation.signOut();
        navigation.shouldShowSignedOut();

        LoginPage.open(browser).signInWithPasswordOnly(moderator.email(), moderator.password());
        SecondFactorPage secondStep = new SecondFactorPage(browser);
        secondStep.shouldBeShown();
        browser.shouldHaveNoAccessibilityViolations();
        secondStep.enterCode(phone.nextCode());
        navigation.shouldShowSignedInAs(moderator.displayName());
    }

    @Test
    void aRecoveryCodeSignsInOnceAndNeverAgain(Browser browser) {
        TestAccounts.Credentials coordinator = accounts.createWithoutSecondFactor(Role.POOL_COORDINATOR);
        LoginPage.open(browser).signInWithPasswordOnly(coordinator.email(), coordinator.password());
        EnrolSecondFactorPage enrolment = new EnrolSecondFactorPage(browser);
        enrolment.confirmWith(new AuthenticatorApp(enrolment.secret()).codeNow());
        String recoveryCode = enrolment.recoveryCodes().get(3);
        enrolment.carryOn();
        Navigation navigation = new Navigation(browser.driver());
        navigation.signOut();
        navigation.shouldShowSignedOut();

        LoginPage.open(browser).signInWithPasswordOnly(coordinator.email(), coordinator.password());
        new SecondFactorPage(browser).enterCode(recoveryCode);
        navigation.shouldShowSignedInAs(coordinator.displayName());
        navigation.signOut();
        navigation.shouldShowSignedOut();

        LoginPage.open(browser).signInWithPasswordOnly(coordinator.email(), coordinator.password());
        SecondFactorPage secondStep = new SecondFactorPage(browser);
        secondStep.enterCode(recoveryCode);
        secondStep.shouldRefuseWith("That code is not right");
    }

    @Test
    void fiveWrongCodesPauseTheSecondStepEvenForTheRightCode(Browser browser) {
        TestAccounts.Credentials administrator = accounts.create(Role.ADMINISTRATOR);
        AuthenticatorApp phone = new AuthenticatorApp(TestAccounts.SECOND_FACTOR_SECRET);
        LoginPage.open(browser).signInWithPasswordOnly(administrator.email(), administrator.password());
        SecondFactorPage secondStep = new SecondFactorPage(browser);

        for (int attempt = 1; attempt <= 4; attempt++) {
            secondStep.enterCode(phone.wrongCode());
            secondStep.shouldRefuseWith("That code is not right");
        }
        secondStep.enterCode(phone.wrongCode());
        secondStep.shouldRefuseWith("codes are not checked for a while");
        browser.shouldHaveNoAccessibilityViolations();

        secondStep.enterCode(phone.codeNow());
        secondStep.shouldRefuseWith("codes are not checked for a while");
        browser.open("/admin/members");
        secondStep.shouldBeShown();
    }

    @Test
    void aModeratorMakesNewRecoveryCodesFromYourAccountWithTheirCurrentCode(Browser browser) {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        LoginPage.open(browser).signInAs(moderator.email(), moderator.password());

        SecondFactorSectionPage section = SecondFactorSectionPage.open(browser);
        section.shouldSay("10 unused recovery codes");
        browser.shouldHaveNoAccessibilityViolations();
        List<String> codes = section.newRecoveryCodes(
                new AuthenticatorApp(TestAccounts.SECOND_FACTOR_SECRET).nextCode());
        browser.shouldHaveNoAccessibilityViolations();
        section.keptRecoveryCodes();
        section.shouldSay("10 unused recovery codes");

        new Navigation(browser.driver()).signOut();
        LoginPage.open(browser).signInWithPasswordOnly(moderator.email(), moderator.password());
        new SecondFactorPage(browser).enterCode(codes.get(0));
        new Navigation(browser.driver()).shouldShowSignedInAs(moderator.displayName());
        SecondFactorSectionPage.open(browser).shouldSay("9 unused recovery codes");
    }

    @Test
    void anAdministratorResetsTheSecondStepOfSomeoneWhoLostTheirPhone(Browser admin, Browser phoneless) {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        TestAccounts.Credentials administrator = accounts.create(Role.ADMINISTRATOR);
        LoginPage.open(admin).signInAs(administrator.email(), administrator.password());

        MembersPage members = MembersPage.open(admin);
        members.find(moderator.email());
        members.resetSecondFactor();
        members.shouldConfirm("will set up a new second step at their next sign-in");

        LoginPage.open(phoneless).signInWithPasswordOnly(moderator.email(), moderator.password());
        new EnrolSecondFactorPage(phoneless).shouldBeShown();
    }

    @Test
    void cancellingTheSecondStepSignsOut(Browser browser) {
        TestAccounts.Credentials moderator = accounts.create(Role.MODERATOR);
        LoginPage.open(browser).signInWithPasswordOnly(moderator.email(), moderator.password());

        new SecondFactorPage(browser).cancel();

        browser.open("/moderation");
        new LoginPage(browser).shouldBeShown();
        browser.open("/second-factor");
        new LoginPage(browser).shouldBeShown();
    }
}
