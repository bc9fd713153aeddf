package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersion;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyComment;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyCommentRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlag;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlagRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMemberRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;
import uk.sexualsafety.cop.portal.moderation.ContentUnderReview;
import uk.sexualsafety.cop.portal.moderation.ReviewableContent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Comments under case studies in the moderation queue: one moderator's approval publishes a comment. On the review
 * page a comment shows its text with the anonymiser's findings, the case study it belongs to, whether it replies to
 * another comment, whether its author is trusted with post-moderation, and every flag with its reason. Flaggers are
 * not named: moderators judge the comment, not who complained.
 */
@Component
class CommentContentType extends ReviewableContent {

    static final String NAME = "case-study-comment";

    private final CaseStudyCommentRepository comments;
    private final CommentFlagRepository flags;
    private final PostModeratedMemberRepository trusted;
    private final CaseStudyRepository caseStudies;
    private final AccountRepository accounts;
    private final Clock clock;

    CommentContentType(CaseStudyCommentRepository comments, CommentFlagRepository flags,
                       PostModeratedMemberRepository trusted, CaseStudyRepository caseStudies,
                       AccountRepository accounts, Clock clock) {
        super(NAME, "Comment", 1);
        this.comments = comments;
        this.flags = flags;
        this.trusted = trusted;
        this.caseStudies = caseStudies;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
        comments.findById(contentId).ifPresent(comment -> {
            switch (newStatus) {
                case PUBLISHED -> comment.publish(clock.instant());
                case CHANGES_REQUESTED -> comment.changesRequested(decision.message(), clock.instant());
                case REJECTED -> comment.reject(decision.reason(), clock.instant());
                case WITHDRAWN -> comment.withdraw(clock.instant());
                case PENDING -> waitForReview(comment);
            }
        });
    }

    /** Back in the queue: a trusted author's comment stays up, unless flags hid it; anyone else's waits. */
    private void waitForReview(CaseStudyComment comment) {
        if (comment.getStatus() == CommentStatus.HIDDEN_BY_FLAGS) {
            return;
        }
        boolean publishBeforeReview = trusted.existsById(comment.getAuthorAccountId());
        comment.edit(comment.getBody(), publishBeforeReview, clock.instant());
    }

    @Override
    public Map<Long, QueueDetails> describe(Collection<Long> contentIds) {
        // Comments have no title: the queue shows their opening words, which moderators read anyway.
        return comments.findByIdIn(contentIds).stream().collect(Collectors.toMap(CaseStudyComment::getId,
                comment -> new QueueDetails(opening(comment.getBody()), List.of()), (a, b) -> a));
    }

    static String opening(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60).strip() + "\u2026";
    }

    @Override
    public Map<Long, List<String>> waitingTexts(Collection<Long> contentIds) {
        return comments.findAllById(contentIds).stream().filter(comment -> comment.getBody() != null)
                .collect(Collectors.toMap(CaseStudyComment::getId, comment -> List.of(comment.getBody())));
    }

    @Override
    @Transactional(readOnly = true)
    public ContentUnderReview read(long contentId) {
        CaseStudyComment comment = comment(contentId);
        String caseStudy = caseStudies.findById(comment.getCaseStudyId())
                .flatMap(found -> found.getPublishedVersion().map(CaseStudyVersion::getTitle))
                .orElse("a case study that is no longer published");
        List<String> facts = new ArrayList<>();
        facts.add((comment.isReply() ? "A reply under " : "A comment under ") + "\u201C" + caseStudy + "\u201D");
        facts.add("By " + accounts.findById(comment.getAuthorAccountId()).map(Account::getDisplayName)
                .orElse("a former member") + (trusted.existsById(comment.getAuthorAccountId())
                ? ", whose comments appear before review" : ""));
        facts.add("Now: " + comment.getStatus().label());
        for (CommentFlag flag : flags.findByComment(contentId)) {
            facts.add("Flagged: " + flag.getReason().label() + (flag.getDetail() == null ? ""
                    : " \u2013 \u201C" + flag.getDetail() + "\u201D"));
        }
        return new ContentUnderReview("Comment on \u201C" + caseStudy + "\u201D", facts,
                List.of(new ContentUnderReview.Text(Discussion.BODY, "Comment", comment.getBody())));
    }

    /** Comments carry no tags. */
    @Override
    public void edit(long contentId, Map<String, String> texts, Set<String> tags) {
        String body = texts.get(Discussion.BODY);
        if (body != null) {
            comment(contentId).editByModerator(body, clock.instant());
        }
    }

    private CaseStudyComment comment(long contentId) {
        return comments.findById(contentId)
                .orElseThrow(() -> new ActionRefusedException("This comment no longer exists."));
    }
}
