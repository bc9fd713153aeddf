package uk.sexualsafety.cop.portal.moderation;

import java.util.Map;

/**
 * What the moderators' review page needs of a kind of content, beside the workflow's {@code ModeratedContentType}:
 * its texts, which the anonymiser checks and a moderator may edit, and the facts that go with them. A content type
 * implements it as a Spring bean, and the review page shows its items without knowing the type.
 */
public interface ReviewableContent {

    /** The workflow's name of the type, e.g. "case-study". */
    String contentType();

    /** How moderators read the type, e.g. "Case study". */
    String label();

    /**
     * The content as it waits for a decision (or as published, when it is not waiting).
     *
     * @throws uk.sexualsafety.cop.moderation.workflow.ActionRefusedException if it no longer exists
     */
    ContentUnderReview read(long contentId);

    /**
     * Puts a moderator's edited texts, by the keys of {@link ContentUnderReview#texts()}, into the content. Called in
     * the transaction in which the workflow recorded the edit.
     */
    void replaceTexts(long contentId, Map<String, String> texts);
}
