package uk.sexualsafety.cop.portal.moderation;

import uk.sexualsafety.cop.moderation.workflow.ItemReview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A moderation item with its content as the review page shows it, and what the anonymiser finds in each text. The
 * title is null, and there are no facts, texts or tags, when the content may not be shown: then only its status and
 * history are.
 */
public record ItemUnderReview(ItemReview item, String typeLabel, String title, List<String> facts,
                              List<FieldFindings> texts, ContentUnderReview.Tags tags, String suggestable) {

    public ItemUnderReview {
        facts = List.copyOf(facts);
        texts = List.copyOf(texts);
        Objects.requireNonNull(tags, "tags");
    }

    public boolean textShown() {
        return title != null;
    }

    /** One text with its findings, by its key; empty when the content has no such text or none is shown. */
    public Optional<FieldFindings> text(String key) {
        return texts.stream().filter(text -> text.key().equals(key)).findFirst();
    }

    /** The text a moderator may suggest a new version of, or null when none may be suggested. */
    public String suggestableText() {
        return text(suggestable).map(FieldFindings::text).orElse(null);
    }
}
