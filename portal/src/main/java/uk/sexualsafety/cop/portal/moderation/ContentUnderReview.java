package uk.sexualsafety.cop.portal.moderation;

import java.util.List;
import java.util.Objects;

/**
 * A piece of content as a moderator reviews it: a title, facts to read (e.g. "Structure of harm: Colleague to
 * colleague"), and the texts the anonymiser checks, in reading order.
 */
public record ContentUnderReview(String title, List<String> facts, List<Text> texts) {

    /** Nothing of the content is shown: it was withdrawn or taken down, or what was sent is no longer kept. */
    public static final ContentUnderReview WITHHELD = new ContentUnderReview(null, List.of(), List.of());

    /** The title is null when nothing of the content is shown. */
    public ContentUnderReview {
        facts = List.copyOf(facts);
        texts = List.copyOf(texts);
    }

    /** One text: its key for edits, how it is labelled, and what it says. */
    public record Text(String key, String label, String text) {

        public Text {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }
}
