package uk.sexualsafety.cop.portal.moderation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of content as a moderator reviews it: a title, facts to read (e.g. "Structure of harm: Colleague to
 * colleague"), the texts the anonymiser checks, in reading order, the tags a moderator may set with an edit (a
 * story's content warnings), and the key of the text a moderator may suggest a new version of when asking for
 * changes (null when none may be suggested).
 */
public record ContentUnderReview(String title, List<String> facts, List<Text> texts, Tags tags, String suggestable) {

    /** Nothing of the content is shown: it was withdrawn or taken down, or what was sent is no longer kept. */
    public static final ContentUnderReview WITHHELD = new ContentUnderReview(null, List.of(), List.of());

    /** The title is null when nothing of the content is shown. */
    public ContentUnderReview {
        facts = List.copyOf(facts);
        texts = List.copyOf(texts);
        Objects.requireNonNull(tags, "tags");
        if (suggestable != null && texts.stream().noneMatch(text -> text.key().equals(suggestable))) {
            throw new IllegalArgumentException("No text " + suggestable + " to suggest a version of");
        }
    }

    /** Content with no tags to set and nothing to suggest. */
    public ContentUnderReview(String title, List<String> facts, List<Text> texts) {
        this(title, facts, texts, Tags.NONE, null);
    }

    /** One text: its key for edits, how it is labelled, and what it says. */
    public record Text(String key, String label, String text) {

        public Text {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Tags a moderator may set, under one heading (e.g. "Content warnings"), and the keys of those set now. */
    public record Tags(String heading, List<Tag> offered, Set<String> chosen) {

        public static final Tags NONE = new Tags("", List.of(), Set.of());

        public Tags {
            Objects.requireNonNull(heading, "heading");
            offered = List.copyOf(offered);
            chosen = Set.copyOf(chosen);
        }

        public boolean isEmpty() {
            return offered.isEmpty();
        }
    }

    /** One tag: its key for edits and how moderators read it. */
    public record Tag(String key, String label) {

        public Tag {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }
}
