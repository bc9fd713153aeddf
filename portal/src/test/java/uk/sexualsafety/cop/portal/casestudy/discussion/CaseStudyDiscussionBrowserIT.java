package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.TestAccounts.Credentials;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.DiscussionPage;
import uk.sexualsafety.cop.portal.pages.LoginPage;
import uk.sexualsafety.cop.portal.pages.ModerationPage;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Members discuss a published case study: comments pass a moderator, replies and flags, trusted commenters. */
@BrowserTest
class CaseStudyDiscussionBrowserIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommentPassesAModeratorThenAnotherMemberRepliesAndFlagsIt(Browser writer, Browser reader,
                                                                       Browser moderator) {
        long caseStudy = new PublishedCaseStudies(context).published(accounts.create(Role.MEMBER).accountId());
        Credentials writerAccount = accounts.create(Role.MEMBER);
        Credentials readerAccount = accounts.create(Role.MEMBER);
        Credentials moderatorAccount = accounts.create(Role.MEMBER, Role.MODERATOR);
        String comment = "Was the review group independent? " + UUID.randomUUID().toString().substring(0, 8);

        // A member comments; an empty comment gets its message, and the comment waits for a moderator.
        LoginPage.open(writer).signInAs(writerAccount.email(), writerAccount.password());
        DiscussionPage writing = DiscussionPage.open(writer, caseStudy);
        writer.shouldHaveNoAccessibilityViolations();
        writing.comment(" ");
        writing.shouldAskForAComment();
        writing.comment(comment);
        writing.shouldSayWaitingForModeration();
        writing.shouldShowOwnStatus(comment, "waiting for moderation");
        writer.shouldHaveNoAccessibilityViolations();

        LoginPage.open(reader).signInAs(readerAccount.email(), readerAccount.password());
        DiscussionPage.open(reader, caseStudy).shouldNotShow(comment);

        // A moderator approves it from the queue's review page.
        LoginPage.open(moderator).signInAs(moderatorAccount.email(), moderatorAccount.password());
        long itemId = workflow.reviewOf(CommentContentType.NAME, commentId(caseStudy, comment),
                Actor.account(moderatorAccount.accountId())).itemId();
        moderator.open("/moderation/" + itemId);
        ModerationPage review = new ModerationPage(moderator);
        moderator.shouldHaveNoAccessibilityViolations();
        review.approve();

        // Another member reads it, replies (moderated too), and flags it with a reason.
        DiscussionPage reading = DiscussionPage.open(reader, caseStudy);
        reading.shouldShow(comment);
        reading.reply(comment, "I understand the chair came from another trust.");
        reading.shouldSayWaitingForModeration();
        reading.startFlagging(comment);
        reader.shouldHaveNoAccessibilityViolations();
        reading.confirmFlagWithoutAReason();
        reading.confirmFlagFor("It could identify someone");
        reading.shouldSayFlaggedByMe(comment);
        reader.shouldHaveNoAccessibilityViolations();

        // The moderator trusts the reader with post-moderation: their next comment appears at once.
        DiscussionPage.trust(moderator, readerAccount.email());
        moderator.shouldHaveNoAccessibilityViolations();
        String trusted = "Posted before review " + UUID.randomUUID().toString().substring(0, 8);
        reading = DiscussionPage.open(reader, caseStudy);
        reading.comment(trusted);
        reading.shouldSayPublishedAtOnce();
        DiscussionPage.open(writer, caseStudy).shouldShow(trusted);
    }

    private long commentId(long caseStudy, String text) {
        Long id = jdbc.queryForObject(
                "select id from case_study_comment where case_study_id = ? and body = ?", Long.class, caseStudy,
                text);
        assertThat(id).isNotNull();
        return id;
    }
}
