package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersion;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyComment;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyCommentRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlag;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentFlagRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMemberRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.moderation.ContentUnderReview;
import uk.sexualsafety.cop.portal.moderation.ReviewableContent;
import uk.sexualsafety.cop.portal.moderation.WaitingTexts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A comment on the moderators' review page: its text with the anonymiser's findings, the case study it belongs to,
 * whether it replies to another comment, whether its author is trusted with post-moderation, and every flag with its
 * reason. Flaggers are not named: moderators judge the comment, not who complained.
 */
@Component
class CommentReview implements ReviewableContent, WaitingTexts {

    static final String BODY = "body";

    private final CaseStudyCommentRepository comments;
    private final CommentFlagRepository flags;
    private final PostModeratedMemberRepository trusted;
    private final CaseStudyRepository caseStudies;
    private final AccountRepository accounts;
    private final Clock clock;

    CommentReview(CaseStudyCommentRepository comments, CommentFlagRepository flags,
                  PostModeratedMemberRepository trusted, CaseStudyRepository caseStudies, AccountRepository accounts,
                  Clock clock) {
        this.comments = comments;
        this.flags = flags;
        this.trusted = trusted;
        this.caseStudies = caseStudies;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String contentType() {
        return CommentContentType.NAME;
    }

    @Override
    public String label() {
        return "Comment";
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
                List.of(new ContentUnderReview.Text(BODY, "Comment", comment.getBody())));
    }

    @Override
    public void replaceTexts(long contentId, Map<String, String> texts) {
        String body = texts.get(BODY);
        if (body != null) {
            comment(contentId).editByModerator(body, clock.instant());
        }
    }

    @Override
    public Map<Long, List<String>> waitingTexts(Collection<Long> contentIds) {
        return comments.findAllById(contentIds).stream().filter(comment -> comment.getBody() != null)
                .collect(Collectors.toMap(CaseStudyComment::getId, comment -> List.of(comment.getBody())));
    }

    private CaseStudyComment comment(long contentId) {
        return comments.findById(contentId)
                .orElseThrow(() -> new ActionRefusedException("This comment no longer exists."));
    }
}
