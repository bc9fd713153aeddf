package uk.sexualsafety.cop.portal.moderation;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemChangedException;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationItemRef;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Moderators' review of every content type, each a {@link ReviewableContent}: read it with the anonymiser's findings
 * per text, edit it by accepting findings and setting its tags, decide on it. Every action goes through the workflow
 * with the version the moderator saw.
 */
@Service
@RolesAllowed(Role.Names.MODERATOR)
public class ItemModeration {

    private final ModerationWorkflow workflow;
    private final PortalAnonymiser anonymiser;
    private final CurrentUser currentUser;
    private final ItemOpenings openings;
    private final Map<String, ReviewableContent> types;

    ItemModeration(ModerationWorkflow workflow, PortalAnonymiser anonymiser, CurrentUser currentUser,
                   ItemOpenings openings, List<ReviewableContent> types) {
        this.openings = openings;
        this.workflow = workflow;
        this.anonymiser = anonymiser;
        this.currentUser = currentUser;
        this.types = types.stream().collect(Collectors.toUnmodifiableMap(ReviewableContent::name,
                Function.identity()));
    }

    /**
     * The item with its content as sent for review. Withdrawn or taken-down content shows its status and history
     * only, as does content whose sent version is no longer kept; when text is shown, the audit trail records that
     * this moderator opened it.
     */
    @Transactional
    public ItemUnderReview review(long itemId) {
        ItemReview item = workflow.review(itemId, me());
        ReviewableContent type = typeOf(item);
        ContentUnderReview content = item.textShown() ? type.read(item.contentId()) : ContentUnderReview.WITHHELD;
        if (!content.texts().isEmpty()) {
            openings.record(item);
        }
        List<FieldFindings> texts = content.texts().stream()
                .map(text -> new FieldFindings(text.key(), text.label(), text.text(), anonymiser.analyse(text.text())))
                .toList();
        return new ItemUnderReview(item, type.label(), content.title(), content.facts(), texts, content.tags(),
                content.suggestable());
    }

    /**
     * The moderator's edit of the version they saw: the findings they accepted are replaced, field by field, and the
     * tags are set as chosen. Earlier approvals no longer count.
     *
     * @throws ItemChangedException if the item or its text changed since the moderator loaded it
     */
    @Transactional
    public ItemUnderReview edit(ModerationItemRef seen, AcceptedFindings accepted, Set<String> tags) {
        ItemReview item = workflow.perform(seen.id(), ModerationAction.EDIT, Decision.NONE, me(), seen.version());
        ReviewableContent type = typeOf(item);
        Map<String, String> edited = new LinkedHashMap<>();
        for (ContentUnderReview.Text text : type.read(item.contentId()).texts()) {
            if (!accepted.in(text.key()).isEmpty()) {
                try {
                    edited.put(text.key(), anonymiser.apply(text.text(), accepted.in(text.key())));
                } catch (IllegalArgumentException changedMeanwhile) {
                    throw new ItemChangedException();
                }
            }
        }
        type.edit(item.contentId(), edited, tags);
        return review(seen.id());
    }

    /** Approves, asks for changes, rejects or takes down the version the moderator saw. */
    @Transactional
    public ItemReview decide(ModerationItemRef seen, ModerationAction action, Decision decision) {
        return decide(seen, action, decision, null);
    }

    /**
     * Approves, asks for changes (with a suggested version the contributor may take, where the type offers one),
     * rejects or takes down the version the moderator saw.
     */
    @Transactional
    public ItemReview decide(ModerationItemRef seen, ModerationAction action, Decision decision,
                             String suggestedText) {
        if (action == ModerationAction.EDIT || action == ModerationAction.WITHDRAW) {
            throw new IllegalArgumentException(action + " is not a moderator's decision");
        }
        ReviewableContent type = typeOf(workflow.review(seen.id(), me()));
        ItemReview item = workflow.perform(seen.id(), action, decision, me(), seen.version());
        if (action == ModerationAction.REQUEST_CHANGES && suggestedText != null && !suggestedText.isBlank()) {
            type.suggest(item.contentId(), decision, suggestedText);
        }
        return item;
    }

    public List<String> rejectionReasons() {
        return workflow.rejectionReasons();
    }

    /** See {@link ModerationWorkflow#maxMessageLength()}. */
    public int maxMessageLength() {
        return workflow.maxMessageLength();
    }

    private ReviewableContent typeOf(ItemReview item) {
        return Optional.ofNullable(types.get(item.contentType()))
                .orElseThrow(() -> new ActionRefusedException("This item cannot be reviewed on this page."));
    }

    private Actor me() {
        return Actor.account(currentUser.require().accountId());
    }
}
