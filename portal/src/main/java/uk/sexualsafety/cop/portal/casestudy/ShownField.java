package uk.sexualsafety.cop.portal.casestudy;

import java.util.List;
import java.util.Objects;

/**
 * One field of a case study version as people read it, in plain text: a label and either a text or a list of items
 * (reflection questions, themes, commitments). Empty fields are left out.
 */
public record ShownField(String key, Section section, String label, String text, List<String> items) {

    /** The parts of the reading view, in the order a reader learns from them. */
    public enum Section {
        TITLE("Title"),
        SUMMARY("Summary"),
        ACCOUNT("The account"),
        RESPONSE("The response"),
        OUTCOME("Outcome"),
        LEARNING("Learning points"),
        QUESTIONS("Questions for reflection"),
        TAGS("Related to");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public ShownField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The field as one plain text, items one per line, for comparing versions. */
    public String asText() {
        if (items.isEmpty()) {
            return text;
        }
        String list = String.join("\n", items);
        return text.isEmpty() ? list : list + "\n" + text;
    }
}
