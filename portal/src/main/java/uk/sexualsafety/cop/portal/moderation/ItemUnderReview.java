package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.ItemReview;

import java.util.List;

/** A moderation item with its content as the review page shows it, and what the anonymiser finds in each text. */
public record ItemUnderReview(ItemReview item, String typeLabel, String title, List<String> facts,
                              List<FieldFindings> texts) {

    public ItemUnderReview {
        facts = List.copyOf(facts);
        texts = List.copyOf(texts);
    }
}
