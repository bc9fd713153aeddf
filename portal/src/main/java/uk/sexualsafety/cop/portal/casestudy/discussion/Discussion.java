package uk.sexualsafety.cop.portal.casestudy.discussion;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyComment;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyCommentRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlag;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlagRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;
import uk.sexualsafety.cop.db.casestudy.discussion.FlagReason;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMemberRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.risk.ImmediateRisk;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.PlainText;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Members' discussion under published case studies: comments and replies one level deep, each through the moderation
 * queue before others see it (unless a moderator trusts its author with post-moderation), and flags that hide a
 * comment once enough members raise them. Every call is checked here, whatever the page showed.
 */
@Service
@RolesAllowed(Role.Names.MEMBER)
public class Discussion {

    /** A comment's text, as a field; its limit is {@link #maxCommentLength()}. */
    public static final String BODY = "body";
    /** Why a member flags a comment, and what more they tell the moderator. */
    public static final String FLAG_REASON = "reason";
    public static final String FLAG_DETAIL = "detail";
    public static final int MAX_FLAG_DETAIL = 500;

    private final CaseStudyCommentRepository comments;
    private final CommentFlagRepository flags;
    private final PostModeratedMemberRepository trusted;
    private final CaseStudyRepository caseStudies;
    private final AccountRepository accounts;
    private final ModerationWorkflow workflow;
    private final ImmediateRisk immediateRisk;
    private final DiscussionProperties properties;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Discussion(CaseStudyCommentRepository comments, CommentFlagRepository flags, PostModeratedMemberRepository trusted,
               CaseStudyRepository caseStudies, AccountRepository accounts, ModerationWorkflow workflow,
               ImmediateRisk immediateRisk, DiscussionProperties properties, AuditTrail audit,
               CurrentUser currentUser, Clock clock) {
        this.comments = comments;
        this.flags = flags;
        this.trusted = trusted;
        this.caseStudies = caseStudies;
        this.accounts = accounts;
        this.workflow = workflow;
        this.immediateRisk = immediateRisk;
        this.properties = properties;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The thread under a published case study as the signed-in member may see it: published comments, and their own
     * whatever their status, each with its visible replies.
     *
     * @throws DiscussionRefusedException if the case study is not published
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
    public List<ThreadComment> thread(long caseStudyId) {
        PortalUser reader = currentUser.require();
        long me = reader.accountId();
        // Moderators who are not members read the discussion but take no part in it.
        boolean member = reader.hasRole(Role.MEMBER);
        requirePublished(caseStudyId, "There is no discussion here: the case study is not published");
        List<CaseStudyComment> visible = comments.findThread(caseStudyId, me);
        Set<Long> ids = visible.stream().map(CaseStudyComment::getId).collect(Collectors.toSet());
        Set<Long> flaggedByMe = ids.isEmpty() ? Set.of() : new HashSet<>(flags.findFlaggedBy(me, ids));
        Map<Long, String> names = accounts.findAllById(visible.stream().map(CaseStudyComment::getAuthorAccountId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Account::getId,
                Account::getDisplayName));
        Map<Long, List<ThreadComment>> repliesByParent = new LinkedHashMap<>();
        for (CaseStudyComment reply : visible) {
            if (reply.isReply()) {
                repliesByParent.computeIfAbsent(reply.getParentId(), parent -> new ArrayList<>())
                        .add(view(reply, me, member, names, flaggedByMe, List.of()));
            }
        }
        // A reply is shown under its comment only: replies to a comment the reader cannot see stay out of view.
        return visible.stream().filter(comment -> !comment.isReply())
                .map(comment -> view(comment, me, member, names, flaggedByMe,
                        repliesByParent.getOrDefault(comment.getId(), List.of())))
                .toList();
    }

    /**
     * Adds a comment, or a reply when {@code parentId} is given, and sends it to the moderation queue.
     *
     * @throws uk.sexualsafety.cop.portal.validation.InvalidInputException with the problem in {@link #BODY}
     * @throws DiscussionRefusedException if the member is suspended, the case study is not published, or the
     *                                    comment replied to cannot take replies
     */
    @Transactional
    public ThreadComment comment(long caseStudyId, Long parentId, String body) {
        long me = requireActiveMember();
        String text = validBody(body);
        requirePublished(caseStudyId, "You can comment only on a published case study");
        if (parentId != null) {
            CaseStudyComment parent = comments.findById(parentId)
                    .filter(found -> found.getCaseStudyId() == caseStudyId
                            && found.getStatus() == CommentStatus.PUBLISHED)
                    .orElseThrow(() -> new DiscussionRefusedException("The comment you are replying to is no longer "
                            + "shown"));
            if (parent.isReply()) {
                throw new DiscussionRefusedException("Reply to the comment at the top of the thread: replies cannot "
                        + "have replies of their own");
            }
        }
        Instant now = clock.instant();
        CaseStudyComment comment = comments.saveAndFlush(new CaseStudyComment(caseStudyId, parentId, me, text,
                trusted.existsById(me), now));
        workflow.submit(CommentContentType.NAME, comment.getId(), me, immediateRisk.suggestsImmediateRisk(text));
        audit.record(parentId == null ? "COMMENT_ADDED" : "REPLY_ADDED", "case_study", caseStudyId,
                "comment " + comment.getId());
        return view(comment, me, true, Map.of(me, currentUser.require().displayName()), Set.of(), List.of());
    }

    /**
     * The author's new text for a comment that waits for moderation or was sent back with changes asked for; it goes
     * to the queue again.
     */
    @Transactional
    public void edit(CommentRef commentSeen, String body) {
        long me = requireActiveMember();
        String text = validBody(body);
        CaseStudyComment comment = ownComment(commentSeen.id(), me);
        OptimisticLock.requireVersion(comment.getVersion(), commentSeen.version(),
                "This comment changed meanwhile (a moderator may have decided on it): reload the page");
        if (comment.getStatus() != CommentStatus.PENDING && comment.getStatus() != CommentStatus.CHANGES_REQUESTED) {
            throw new DiscussionRefusedException("Only a comment waiting for moderation or sent back for changes "
                    + "can be edited; this one is " + comment.getStatus().label().toLowerCase());
        }
        comment.edit(text, trusted.existsById(me), clock.instant());
        comments.flush();
        workflow.submit(CommentContentType.NAME, commentSeen.id(), me, immediateRisk.suggestsImmediateRisk(text));
        audit.record("COMMENT_EDITED", "case_study", comment.getCaseStudyId(), "comment " + commentSeen.id());
    }

    /** The author deletes their comment: its text goes at once, and it leaves the queue. */
    @Transactional
    public void delete(long commentId) {
        long me = currentUser.require().accountId();
        CaseStudyComment comment = ownComment(commentId, me);
        if (comment.getStatus() == CommentStatus.WITHDRAWN) {
            return;
        }
        ItemReview item = workflow.reviewOf(CommentContentType.NAME, commentId, Actor.account(me));
        workflow.perform(item.itemId(), ModerationAction.WITHDRAW, Decision.NONE, Actor.account(me),
                item.version());
        audit.record("COMMENT_DELETED", "case_study", comment.getCaseStudyId(), "comment " + commentId);
    }

    /**
     * Flags someone else's published comment with a reason. When enough members have flagged it since a moderator
     * last decided on it, it is hidden and goes back to the moderation queue.
     *
     * @return whether the comment is now hidden
     */
    @Transactional
    public boolean flag(long commentId, FlagReason reason, String detail) {
        long me = requireActiveMember();
        Problems problems = new Problems();
        if (reason == null) {
            problems.add(FLAG_REASON, "Choose why you are flagging this comment");
        }
        String cleanDetail = detail == null ? null : PlainText.clean(detail).strip();
        problems.limitText(FLAG_DETAIL, cleanDetail, MAX_FLAG_DETAIL).throwIfAny();
        CaseStudyComment comment = comments.findForUpdate(commentId)
                .filter(found -> found.getStatus() == CommentStatus.PUBLISHED)
                .orElseThrow(() -> new DiscussionRefusedException("This comment is not shown, so it cannot be "
                        + "flagged"));
        if (comment.getAuthorAccountId() == me) {
            throw new DiscussionRefusedException("You cannot flag your own comment: delete it instead");
        }
        requirePublished(comment.getCaseStudyId(), "This discussion is closed");
        if (flags.existsById(new CommentFlag.Key(commentId, me))) {
            throw new DiscussionRefusedException("You have already flagged this comment");
        }
        Instant now = clock.instant();
        try {
            flags.saveAndFlush(new CommentFlag(commentId, me, reason, cleanDetail == null || cleanDetail.isEmpty()
                    ? null : cleanDetail, now));
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new DiscussionRefusedException("You have already flagged this comment");
        }
        boolean hidden = comment.flagged(properties.flagsToHide(), now);
        comments.flush();
        audit.record("COMMENT_FLAGGED", "case_study", comment.getCaseStudyId(), "comment " + commentId + ": "
                + reason.name());
        if (hidden) {
            workflow.reopenForReview(CommentContentType.NAME, commentId, "FLAGGED");
        }
        return hidden;
    }

    /** Whether the signed-in person may comment and flag: members may; moderators who are not members only read. */
    @RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
    public boolean mayTakePart() {
        return currentUser.require().hasRole(Role.MEMBER);
    }

    /** The longest comment, in characters, for the page's fields to stop at. */
    public int maxCommentLength() {
        return properties.maxCommentLength();
    }

    /** How many members' flags hide a comment, for the page to explain flagging. */
    public int flagsToHide() {
        return properties.flagsToHide();
    }

    private ThreadComment view(CaseStudyComment comment, long me, boolean member, Map<Long, String> names,
                               Set<Long> flaggedByMe, List<ThreadComment> replies) {
        boolean mine = comment.getAuthorAccountId() == me;
        boolean mayAct = member && comment.getStatus() == CommentStatus.PUBLISHED;
        return new ThreadComment(comment.getId(), names.getOrDefault(comment.getAuthorAccountId(), "A member"),
                comment.getBody(), comment.getStatus(), Optional.ofNullable(comment.getPublishedAt())
                .orElse(comment.getCreatedAt()), comment.getVersion(), mine,
                mayAct && !comment.isReply(), mayAct && !mine && !flaggedByMe.contains(comment.getId()),
                flaggedByMe.contains(comment.getId()),
                mine ? Optional.ofNullable(comment.getModeratorMessage()) : Optional.empty(), replies);
    }

    private String validBody(String body) {
        String text = PlainText.clean(body).strip();
        new Problems().requireText(BODY, text, properties.maxCommentLength(), "Write your comment").throwIfAny();
        return text;
    }

    private long requireActiveMember() {
        long me = currentUser.require().accountId();
        // Read from the database: a suspension takes effect at once, even for someone signed in before it.
        boolean active = accounts.findById(me).map(Account::isActive).orElse(false);
        if (!active) {
            throw new DiscussionRefusedException("Your membership is suspended, so you cannot take part in "
                    + "discussions. Contact the community's facilitators if you think this is a mistake");
        }
        return me;
    }

    private void requirePublished(long caseStudyId, String refusal) {
        if (!caseStudies.isPublished(caseStudyId)) {
            throw new DiscussionRefusedException(refusal);
        }
    }

    private CaseStudyComment ownComment(long commentId, long me) {
        return comments.findById(commentId).filter(comment -> comment.getAuthorAccountId() == me)
                .orElseThrow(() -> new DiscussionRefusedException("There is no such comment of yours"));
    }
}
