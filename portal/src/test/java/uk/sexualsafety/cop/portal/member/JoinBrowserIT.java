package uk.sexualsafety.cop.portal.member;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.notification.TestMailServer;
import uk.sexualsafety.cop.portal.pages.ConfirmJoinPage;
import uk.sexualsafety.cop.portal.pages.JoinPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.MembershipRequestsPage;
import uk.sexualsafety.cop.portal.pages.Navigation;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitEmails;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.awaitOnlyEmail;
import static uk.sexualsafety.cop.portal.notification.AccountMailbox.linkPath;

/** Joining with a proven address, from the form to the first sign-in, with the emails through GreenMail. */
@BrowserTest
class JoinBrowserIT {

    private static final String PASSWORD = "kettle harbour lantern";

    @Autowired
    TestAccounts accounts;

    @Test
    void aVisitorProvesTheirAddressIsApprovedIsToldByEmailAndSignsIn(Browser visitor, Browser administrator) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Priya Shah " + unique;
        String email = "priya.shah." + unique + "@swast.nhs.uk";
        JoinPage join = JoinPage.open(visitor);

        join.askToJoin(name, "priya.shah." + unique + "@gmail.com", "Freedom to Speak Up guardian",
                "South Western Ambulance Service NHS Foundation Trust (SWASFT)");

        join.shouldShowMessage(JoinPage.Field.EMAIL, "Use your NHS email address (ending nhs.net, nhs.uk, nhs.scot, "
                + "wales.nhs.uk, hscni.net): the community is open to NHS staff");
        join.shouldAcceptField(JoinPage.Field.FULL_NAME);
        join.shouldStillBeAskingForDetails();
        visitor.shouldHaveNoAccessibilityViolations();

        join.correct(JoinPage.Field.EMAIL, email);
        join.send();
        join.shouldAskToCheckTheEmail(email);
        visitor.shouldHaveNoAccessibilityViolations();

        MimeMessage confirmation = awaitOnlyEmail(email);
        ConfirmJoinPage confirm = ConfirmJoinPage.open(visitor, linkPath(confirmation, "join/confirm"));
        confirm.shouldShowTheRequest(name, email, "Freedom to Speak Up guardian",
                "South Western Ambulance Service NHS Foundation Trust");
        visitor.shouldHaveNoAccessibilityViolations();
        confirm.confirmWithPassword("priyashah2024", "priyashah2024");
        confirm.shouldShowPasswordMessage("This password would be too easy to guess: it contains your name, your "
                + "email address or the name of this site. Leave out your name and email address.");
        visitor.shouldHaveNoAccessibilityViolations();
        confirm.confirmWithPassword(PASSWORD, PASSWORD);
        confirm.shouldConfirmTheRequestWasSent();

        signIn(administrator, accounts.create(Role.ADMINISTRATOR));
        new Navigation(administrator.driver()).goTo("nav-admin-membership-requests");
        MembershipRequestsPage waiting = new MembershipRequestsPage(administrator);
        waiting.shouldList(email, name, "Freedom to Speak Up guardian",
                "South Western Ambulance Service NHS Foundation Trust", "To learn from other ambulance services");
        waiting.approve(email);
        waiting.shouldConfirm(name + " is now a member and can sign in");
        waiting.shouldNotList(email);

        MimeMessage welcome = awaitEmails(email, 2).getLast();
        assertThat(TestMailServer.subject(welcome)).isEqualTo("Welcome to the Sexual Safety Community of Practice");
        LoginPage.open(visitor).signInAs(email, PASSWORD);
        Navigation navigation = new Navigation(visitor.driver());
        navigation.shouldShowSignedInAs(name);
        navigation.shouldOffer(List.of("nav-home", "nav-resources", "nav-policies", "nav-case-studies",
                "nav-case-studies-yours", "nav-stories", "nav-search", "nav-stories-share",
                "nav-stories-your-story", "nav-account", "nav-sessions"));
    }

    @Test
    void aUsedOrMadeUpLinkGetsACalmMessageAndAWayToAskAgain(Browser visitor) {
        String email = "sam.jones." + UUID.randomUUID().toString().substring(0, 8) + "@nhs.net";
        JoinPage.open(visitor).askToJoin("Sam Jones", email, "Educator", "NHS Lothian");
        String link = linkPath(awaitOnlyEmail(email), "join/confirm");
        ConfirmJoinPage.open(visitor, link).confirmWithPassword(PASSWORD, PASSWORD);

        ConfirmJoinPage used = ConfirmJoinPage.open(visitor, link);

        used.shouldSayTheLinkNoLongerWorks();
        visitor.shouldHaveNoAccessibilityViolations();
        ConfirmJoinPage.open(visitor, "/join/confirm/" + "A".repeat(43)).shouldSayTheLinkNoLongerWorks();
        used.askAgain().shouldStillBeAskingForDetails();
    }

    private static void signIn(Browser browser, TestAccounts.Credentials person) {
        LoginPage.open(browser).signInAs(person.email(), person.password());
        new Navigation(browser.driver()).shouldShowSignedInAs(person.displayName());
    }
}
