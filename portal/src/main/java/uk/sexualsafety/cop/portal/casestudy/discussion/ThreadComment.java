package uk.sexualsafety.cop.portal.casestudy.discussion;

import uk.sexualsafety.cop.db.casestudy.discussion.CommentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A comment as one reader sees it in a thread, with what that reader may do to it.
 *
 * @param moderatorMessage shown only to the comment's author
 * @param replies          replies the reader may see, oldest first; always empty for a reply
 */
public record ThreadComment(long id, String authorName, String body, CommentStatus status, Instant writtenAt,
                            long version, boolean mine, boolean mayReply, boolean mayFlag, boolean flaggedByMe,
                            Optional<String> moderatorMessage, List<ThreadComment> replies) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public CommentRef ref() {
        return new CommentRef(id, version);
    }

    public ThreadComment {
        replies = List.copyOf(replies);
    }
}
