package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;
import uk.sexualsafety.cop.db.casestudy.discussion.FlagReason;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.AccountStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.IntegrationTest;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.TestAccounts;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The discussion under published case studies, on the real database and moderation workflow. */
@IntegrationTest
class DiscussionIT {

    @Autowired
    Discussion discussion;
    @Autowired
    PostModeration postModeration;
    @Autowired
    ItemModeration moderation;
    @Autowired
    ModerationWorkflow workflow;
    @Autowired
    CommentContentType review;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    PublishedCaseStudies caseStudies;
    long author;
    long reader;
    long moderator;
    long caseStudy;

    @BeforeEach
    void aPublishedCaseStudy() {
        caseStudies = new PublishedCaseStudies(context);
        author = accounts.create(Role.MEMBER).accountId();
        reader = accounts.create(Role.MEMBER).accountId();
        moderator = accounts.create(Role.MEMBER, Role.MODERATOR).accountId();
        caseStudy = caseStudies.published(accounts.create(Role.MEMBER).accountId());
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aCommentWaitsForAModeratorBeforeOthersSeeIt() {
        signedIn.as(author);
        ThreadComment sent = discussion.comment(caseStudy, null, "  Was the review group independent?  ");
        assertThat(sent.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(sent.body()).isEqualTo("Was the review group independent?");
        assertThat(discussion.thread(caseStudy)).singleElement().satisfies(mine -> {
            assertThat(mine.mine()).isTrue();
            assertThat(mine.status()).isEqualTo(CommentStatus.PENDING);
            assertThat(mine.mayFlag()).isFalse();
        });

        signedIn.as(reader);
        assertThat(discussion.thread(caseStudy)).as("not before a moderator approves").isEmpty();

        approve(sent.id());

        signedIn.as(reader);
        assertThat(discussion.thread(caseStudy)).singleElement().satisfies(shown -> {
            assertThat(shown.body()).isEqualTo("Was the review group independent?");
            assertThat(shown.status()).isEqualTo(CommentStatus.PUBLISHED);
            assertThat(shown.mayReply()).isTrue();
            assertThat(shown.mayFlag()).isTrue();
            assertThat(shown.moderatorMessage()).isEmpty();
        });
    }

    @Test
    void repliesAreOneLevelDeepUnderPublishedComments() {
        long comment = publishedComment(author, "Who chaired the panel?");
        signedIn.as(reader);
        ThreadComment reply = discussion.comment(caseStudy, comment, "An independent chair, I think.");
        approve(reply.id());

        signedIn.as(author);
        assertThatThrownBy(() -> discussion.comment(caseStudy, reply.id(), "A reply to a reply"))
                .isInstanceOf(DiscussionRefusedException.class).hasMessageStartingWith("Reply to the comment at the top");
        ThreadComment pending = discussion.comment(caseStudy, null, "Still waiting for a moderator");
        signedIn.as(reader);
        assertThatThrownBy(() -> discussion.comment(caseStudy, pending.id(), "A reply to a hidden comment"))
                .isInstanceOf(DiscussionRefusedException.class)
                .hasMessage("The comment you are replying to is no longer shown");
        long otherCaseStudy = caseStudies.published(author);
        assertThatThrownBy(() -> discussion.comment(otherCaseStudy, comment, "Crossing threads"))
                .isInstanceOf(DiscussionRefusedException.class);

        List<ThreadComment> thread = discussion.thread(caseStudy);
        assertThat(thread).singleElement().satisfies(top -> {
            assertThat(top.id()).isEqualTo(comment);
            assertThat(top.replies()).singleElement().satisfies(shown -> {
                assertThat(shown.body()).isEqualTo("An independent chair, I think.");
                assertThat(shown.mayReply()).isFalse();
                assertThat(shown.replies()).isEmpty();
            });
        });
    }

    @Test
    void onlyPublishedCaseStudiesTakeComments() {
        long draft = caseStudies.draft(author);
        long archived = caseStudies.published(author);
        caseStudies.archive(archived);
        signedIn.as(reader);

        for (long closed : List.of(draft, archived, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> discussion.comment(closed, null, "Hello"))
                    .isInstanceOf(DiscussionRefusedException.class)
                    .hasMessage("You can comment only on a published case study");
            assertThatThrownBy(() -> discussion.thread(closed)).isInstanceOf(DiscussionRefusedException.class);
        }
    }

    @Test
    void aSuspendedMemberCannotComment() {
        signedIn.as(reader);
        transaction.executeWithoutResult(status -> accountRepository.findById(reader).orElseThrow()
                .setStatus(AccountStatus.SUSPENDED));

        assertThatThrownBy(() -> discussion.comment(caseStudy, null, "Still signed in from before"))
                .isInstanceOf(DiscussionRefusedException.class)
                .hasMessageStartingWith("Your membership is suspended, so you cannot take part in discussions");
    }

    @Test
    void anEmptyOrOverlongCommentGetsAMessageForItsField() {
        signedIn.as(reader);
        for (String bad : new String[] {"", "   \u200B\n ", "x".repeat(4001)}) {
            assertThatThrownBy(() -> discussion.comment(caseStudy, null, bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                            assertThat(invalid.problems()).containsOnlyKeys("body"));
        }
        assertThat(discussion.thread(caseStudy)).isEmpty();
    }

    @Test
    void threeMembersFlagsHideACommentUntilAModeratorDecides() {
        long comment = publishedComment(author, "A comment some find unhelpful");
        signedIn.as(author);
        assertThatThrownBy(() -> discussion.flag(comment, FlagReason.OTHER, null))
                .isInstanceOf(DiscussionRefusedException.class).hasMessageStartingWith("You cannot flag your own");

        signedIn.as(reader);
        assertThatThrownBy(() -> discussion.flag(comment, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.problems()).containsOnlyKeys("reason"));
        assertThat(discussion.flag(comment, FlagReason.IDENTIFIES_SOMEONE, "It names the station")).isFalse();
        assertThatThrownBy(() -> discussion.flag(comment, FlagReason.OTHER, null))
                .isInstanceOf(DiscussionRefusedException.class).hasMessage("You have already flagged this comment");
        assertThat(discussion.thread(caseStudy).getFirst().flaggedByMe()).isTrue();
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(discussion.flag(comment, FlagReason.ABUSIVE, null)).isFalse();
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(discussion.flag(comment, FlagReason.HARMFUL, null)).as("the third hides it").isTrue();

        assertThat(discussion.thread(caseStudy)).isEmpty();
        signedIn.as(author);
        assertThat(discussion.thread(caseStudy)).singleElement().satisfies(own ->
                assertThat(own.status()).isEqualTo(CommentStatus.HIDDEN_BY_FLAGS));
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, comment, Actor.account(moderator));
        assertThat(item.status()).isEqualTo(ModerationStatus.PENDING);
        assertThat(item.history()).last().satisfies(line -> assertThat(line.action()).isEqualTo("FLAGGED"));
        assertThat(review.read(comment).facts()).contains("Flagged: It could identify someone \u2013 \u201CIt names "
                + "the station\u201D", "Flagged: It is abusive, harassing or discriminatory");

        moderation.decide(item.ref(), ModerationAction.APPROVE, Decision.NONE);

        signedIn.as(reader);
        assertThat(discussion.thread(caseStudy)).singleElement().satisfies(back ->
                assertThat(back.status()).isEqualTo(CommentStatus.PUBLISHED));
        signedIn.as(accounts.create(Role.MEMBER).accountId());
        assertThat(discussion.flag(comment, FlagReason.OTHER, null)).as("flags count again from the decision")
                .isFalse();
    }

    @Test
    void aFlaggedCommentTheModeratorRejectsStaysHidden() {
        long comment = publishedComment(author, "Something that should go");
        for (int i = 0; i < 3; i++) {
            signedIn.as(accounts.create(Role.MEMBER).accountId());
            discussion.flag(comment, FlagReason.ABUSIVE, null);
        }
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, comment, Actor.account(moderator));
        moderation.decide(item.ref(), ModerationAction.REJECT, new Decision(moderation.rejectionReasons()
                .getFirst(), null));

        signedIn.as(reader);
        assertThat(discussion.thread(caseStudy)).isEmpty();
        signedIn.as(author);
        assertThat(discussion.thread(caseStudy)).singleElement().satisfies(own ->
                assertThat(own.status()).isEqualTo(CommentStatus.REJECTED));
    }

    @Test
    void aTrustedMembersCommentsAppearAtOnceAndStillReachTheQueue() {
        var trusted = accounts.create(Role.MEMBER);
        signedIn.as(moderator);
        assertThatThrownBy(() -> postModeration.trust("nobody-" + trusted.email()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("email", "There is no active member with this email address"));
        postModeration.trust(" " + trusted.email().toUpperCase() + " ");
        assertThatThrownBy(() -> postModeration.trust(trusted.email()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(postModeration.trustedMembers()).anySatisfy(member ->
                assertThat(member.accountId()).isEqualTo(trusted.accountId()));

        signedIn.as(trusted.accountId());
        ThreadComment comment = discussion.comment(caseStudy, null, "Posted before review");
        assertThat(comment.status()).isEqualTo(CommentStatus.PUBLISHED);
        signedIn.as(reader);
        assertThat(discussion.thread(caseStudy)).extracting(ThreadComment::id).containsExactly(comment.id());
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, comment.id(), Actor.account(moderator));
        assertThat(item.status()).as("read afterwards").isEqualTo(ModerationStatus.PENDING);
        assertThat(review.read(comment.id()).facts()).anySatisfy(fact ->
                assertThat(fact).endsWith("whose comments appear before review"));

        postModeration.stopTrusting(trusted.accountId());
        signedIn.as(trusted.accountId());
        assertThat(discussion.comment(caseStudy, null, "After the trust ended").status())
                .isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void theAuthorRevisesACommentSentBackAndMayDeleteIt() {
        signedIn.as(author);
        ThreadComment sent = discussion.comment(caseStudy, null, "First words");
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, sent.id(), Actor.account(moderator));
        moderation.decide(item.ref(), ModerationAction.REQUEST_CHANGES,
                new Decision(null, "Please leave out the shift pattern"));

        signedIn.as(author);
        ThreadComment sentBack = discussion.thread(caseStudy).getFirst();
        assertThat(sentBack.status()).isEqualTo(CommentStatus.CHANGES_REQUESTED);
        assertThat(sentBack.moderatorMessage()).contains("Please leave out the shift pattern");
        signedIn.as(reader);
        assertThatThrownBy(() -> discussion.edit(new CommentRef(sent.id(), sentBack.version()), "Not mine"))
                .isInstanceOf(DiscussionRefusedException.class).hasMessage("There is no such comment of yours");
        signedIn.as(author);
        discussion.edit(new CommentRef(sent.id(), sentBack.version()), "Better words");
        assertThat(discussion.thread(caseStudy).getFirst()).satisfies(revised -> {
            assertThat(revised.status()).isEqualTo(CommentStatus.PENDING);
            assertThat(revised.body()).isEqualTo("Better words");
        });
        approve(sent.id());
        signedIn.as(author);
        long published = discussion.thread(caseStudy).getFirst().version();
        assertThatThrownBy(() -> discussion.edit(new CommentRef(sent.id(), published), "Changed after publication"))
                .isInstanceOf(DiscussionRefusedException.class);

        discussion.delete(sent.id());
        assertThat(discussion.thread(caseStudy)).isEmpty();
        signedIn.as(moderator);
        assertThat(workflow.reviewOf(CommentContentType.NAME, sent.id(), Actor.account(moderator)).status())
                .isEqualTo(ModerationStatus.WITHDRAWN);
        assertThat(review.read(sent.id()).texts().getFirst().text()).as("the text is gone").isEmpty();
    }

    @Test
    void eachRoleReachesOnlyItsPart() {
        long comment = publishedComment(author, "A comment");
        signedIn.nobody();
        assertThatThrownBy(() -> discussion.thread(caseStudy))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signedIn.as(accounts.create(Role.INVESTIGATOR).accountId());
        assertThatThrownBy(() -> discussion.comment(caseStudy, null, "Not a member"))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as(reader);
        assertThatThrownBy(() -> postModeration.trust("someone@nhs.net")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.review(workflow.reviewOf(CommentContentType.NAME, comment,
                Actor.account(moderator)).itemId())).isInstanceOf(AccessDeniedException.class);
    }

    private long publishedComment(long by, String text) {
        signedIn.as(by);
        long id = discussion.comment(caseStudy, null, text).id();
        approve(id);
        return id;
    }

    private void approve(long commentId) {
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, commentId, Actor.account(moderator));
        assertThat(moderation.decide(item.ref(), ModerationAction.APPROVE, Decision.NONE)
                .status()).isEqualTo(ModerationStatus.PUBLISHED);
    }
}
