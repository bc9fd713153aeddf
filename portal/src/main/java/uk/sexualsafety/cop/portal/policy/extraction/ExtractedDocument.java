package uk.sexualsafety.cop.portal.policy.extraction;

import java.util.Objects;

/**
 * A file that passed every check, and its text.
 *
 * @param text      plain text, paragraphs separated by a blank line, never markup
 * @param truncated whether the text stops at the character limit before the end of the document
 */
public record ExtractedDocument(DocumentFormat format, String text, boolean truncated) {

    public ExtractedDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        // Never the text: this may reach a log.
        return "ExtractedDocument[format=" + format + ", characters=" + text.length() + ", truncated=" + truncated
                + "]";
    }
}
