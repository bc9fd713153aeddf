package uk.sexualsafety.cop.portal.moderation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.portal.audit.AuditTrail;

/**
 * Moderators read text that is not public, some of it withdrawn later: each time one opens an item's text, the audit
 * trail records who, which item and when, never the text itself.
 */
@Service
public class ItemOpenings {

    /** The audit action of a moderator opening an item's text. */
    public static final String OPENED = "MODERATION_ITEM_OPENED";

    private final AuditTrail audit;

    ItemOpenings(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ItemReview item) {
        audit.record(OPENED, item.contentType(), item.contentId(), "item " + item.itemId());
    }
}
