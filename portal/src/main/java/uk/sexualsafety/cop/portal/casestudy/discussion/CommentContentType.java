package uk.sexualsafety.cop.portal.casestudy.discussion;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyComment;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyCommentRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;
import uk.sexualsafety.cop.db.casestudy.discussion.PostModeratedMemberRepository;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ModeratedContentType;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Comments under case studies in the moderation queue: one moderator's approval publishes a comment. */
@Component
class CommentContentType implements ModeratedContentType {

    static final String NAME = "case-study-comment";

    private final CaseStudyCommentRepository comments;
    private final PostModeratedMemberRepository trusted;
    private final Clock clock;

    CommentContentType(CaseStudyCommentRepository comments, PostModeratedMemberRepository trusted, Clock clock) {
        this.comments = comments;
        this.trusted = trusted;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Comment";
    }

    @Override
    public int approvalsRequired() {
        return 1;
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
}
