package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.ItemReview;

import java.util.List;

/**
 * A moderation item with its content as the review page shows it, and what the anonymiser finds in each text. The
 * title is null, and there are no facts or texts, when the content may not be shown: then only its status and
 * history are.
 */
public record ItemUnderReview(ItemReview item, String typeLabel, String title, List<String> facts,
                              List<FieldFindings> texts) {

    public ItemUnderReview {
        facts = List.copyOf(facts);
        texts = List.copyOf(texts);
    }

    public boolean textShown() {
        return title != null;
    }
}
