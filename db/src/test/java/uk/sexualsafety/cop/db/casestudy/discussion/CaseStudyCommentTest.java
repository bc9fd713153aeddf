package uk.sexualsafety.cop.db.casestudy.discussion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.testing.Transitions;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status of a comment against every change, without Spring or a database: the resulting status, or "refused"
 * when the entity throws and the comment stays as it was. Moderators' decisions are not refused here (the
 * moderation service offers only the actions a status allows); the author's edit is. A comment is hidden once a
 * single flag reaches the threshold used below.
 */
class CaseStudyCommentTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final int HIDE_AT = 1;

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            PENDING,           editTrusted,      PUBLISHED
            PUBLISHED,         editTrusted,      PUBLISHED
            CHANGES_REQUESTED, editTrusted,      PUBLISHED
            HIDDEN_BY_FLAGS,   editTrusted,      refused
            REJECTED,          editTrusted,      refused
            WITHDRAWN,         editTrusted,      refused

            PENDING,           edit,             PENDING
            PUBLISHED,         edit,             PENDING
            CHANGES_REQUESTED, edit,             PENDING
            HIDDEN_BY_FLAGS,   edit,             refused
            REJECTED,          edit,             refused
            WITHDRAWN,         edit,             refused

            PENDING,           flag,             PENDING
            PUBLISHED,         flag,             HIDDEN_BY_FLAGS
            CHANGES_REQUESTED, flag,             CHANGES_REQUESTED
            HIDDEN_BY_FLAGS,   flag,             HIDDEN_BY_FLAGS
            REJECTED,          flag,             REJECTED
            WITHDRAWN,         flag,             WITHDRAWN

            PENDING,           publish,          PUBLISHED
            CHANGES_REQUESTED, publish,          PUBLISHED
            HIDDEN_BY_FLAGS,   publish,          PUBLISHED
            PENDING,           changesRequested, CHANGES_REQUESTED
            PUBLISHED,         changesRequested, CHANGES_REQUESTED
            HIDDEN_BY_FLAGS,   changesRequested, CHANGES_REQUESTED
            PENDING,           reject,           REJECTED
            PUBLISHED,         reject,           REJECTED
            HIDDEN_BY_FLAGS,   reject,           REJECTED

            PENDING,           withdraw,         WITHDRAWN
            PUBLISHED,         withdraw,         WITHDRAWN
            CHANGES_REQUESTED, withdraw,         WITHDRAWN
            HIDDEN_BY_FLAGS,   withdraw,         WITHDRAWN
            REJECTED,          withdraw,         WITHDRAWN
            """)
    void eachChangeIsAllowedOnlyFromTheStatusesThatPermitIt(CommentStatus from, String change, String outcome) {
        CaseStudyComment comment = in(from);

        Transitions.expect(comment, change, outcome, CaseStudyCommentTest::apply, CaseStudyComment::getStatus);
    }

    @Test
    void aWithdrawnCommentLosesItsText() {
        CaseStudyComment comment = in(CommentStatus.PUBLISHED);

        comment.withdraw(NOW);

        assertThat(comment.getBody()).isEmpty();
    }

    @Test
    void publishingClearsTheFlagsAndKeepsTheFirstPublicationTime() {
        CaseStudyComment comment = in(CommentStatus.HIDDEN_BY_FLAGS);

        comment.publish(NOW.plusSeconds(60));

        assertThat(comment.flagged(2, NOW)).as("one flag after publication is below two").isFalse();
        assertThat(comment.getPublishedAt()).isEqualTo(NOW);
    }

    private static void apply(CaseStudyComment comment, String change) {
        switch (change) {
            case "editTrusted" -> comment.edit("New text", true, NOW);
            case "edit" -> comment.edit("New text", false, NOW);
            case "flag" -> comment.flagged(HIDE_AT, NOW);
            case "publish" -> comment.publish(NOW);
            case "changesRequested" -> comment.changesRequested("Please change", NOW);
            case "reject" -> comment.reject("Not for the discussion", NOW);
            case "withdraw" -> comment.withdraw(NOW);
            default -> throw new IllegalArgumentException(change);
        }
    }

    private static CaseStudyComment in(CommentStatus status) {
        var comment = new CaseStudyComment(1L, null, 7L, "What we learnt", status != CommentStatus.PENDING, NOW);
        switch (status) {
            case PENDING, PUBLISHED -> {
            }
            case CHANGES_REQUESTED -> comment.changesRequested("Please change", NOW);
            case HIDDEN_BY_FLAGS -> comment.flagged(HIDE_AT, NOW);
            case REJECTED -> comment.reject("Not for the discussion", NOW);
            case WITHDRAWN -> comment.withdraw(NOW);
        }
        assertThat(comment.getStatus()).as("set up").isEqualTo(status);
        return comment;
    }
}
