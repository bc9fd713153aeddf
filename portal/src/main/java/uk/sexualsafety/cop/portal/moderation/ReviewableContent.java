package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ModeratedContentType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of moderated content, in one class: what the workflow asks of it (approvals needed, status changes, what
 * the queue shows) and what moderators need to review it (its texts with the anonymiser's findings, its facts, its
 * tags, its waiting texts for the queue search). A content type extends it as a Spring bean in its own feature
 * package; the queue and the review page show its items without knowing the type.
 */
public abstract class ReviewableContent implements ModeratedContentType {

    private final String name;
    private final String label;
    private final int approvalsRequired;

    /**
     * @param name              the key stored with each moderation item, e.g. "story"; never changes once used
     * @param label             how moderators read the type, e.g. "Story"
     * @param approvalsRequired how many different moderators approve a version before it is published
     */
    protected ReviewableContent(String name, String label, int approvalsRequired) {
        this.name = name;
        this.label = label;
        this.approvalsRequired = approvalsRequired;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int approvalsRequired() {
        return approvalsRequired;
    }

    /**
     * The content as it waits for a decision (or as published, when it is not waiting), or
     * {@link ContentUnderReview#WITHHELD} when nothing of it may be shown.
     *
     * @throws ActionRefusedException if it no longer exists
     */
    public abstract ContentUnderReview read(long contentId);

    /**
     * Puts a moderator's edit into the content: the texts they changed, by the keys of
     * {@link ContentUnderReview#texts()} (texts left out are unchanged), and the tags they set, by the keys of
     * {@link ContentUnderReview#tags()} (ignored by a type that offers none). Called in the transaction in which the
     * workflow recorded the edit.
     */
    public abstract void edit(long contentId, Map<String, String> texts, Set<String> tags);

    /**
     * The texts of each content as it waits for a decision, by content id, in one go for many items, for the
     * moderators' queue search; content that no longer exists is left out (never an error). Called in a read-only
     * transaction.
     */
    public abstract Map<Long, List<String>> waitingTexts(Collection<Long> contentIds);

    /**
     * Keeps the version a moderator suggested with their request for changes, for the contributor to take. Only a
     * type whose {@link ContentUnderReview#suggestable()} names a text is asked; any other refuses.
     */
    public void suggest(long contentId, Decision decision, String suggestedText) {
        throw new ActionRefusedException("A suggested version cannot be sent for this " + label.toLowerCase() + ".");
    }

    /** What the contributor reads of a rejection: the reason, and the moderator's words about it when given. */
    protected static String rejectionText(Decision decision) {
        return decision.message() == null ? decision.reason() : decision.reason() + ". " + decision.message();
    }
}
