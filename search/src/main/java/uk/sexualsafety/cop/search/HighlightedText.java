package uk.sexualsafety.cop.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text with some parts marked as matching the search, for the portal to render as plain text with emphasis.
 * It never carries markup: the search engine's markers are turned into parts here, so no HTML from indexed text can
 * reach a page.
 *
 * @param parts the text in order; adjacent parts differ in {@code highlighted}, none is empty
 */
public record HighlightedText(List<Part> parts) {

    /** Characters from Unicode's private use area that the highlighter wraps around matches; never shown. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    private static final String ELLIPSIS = "…";

    /** A run of text, highlighted or not. */
    public record Part(String text, boolean highlighted) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }

    public HighlightedText {
        parts = normalise(parts);
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(List.of(new Part(text, false)));
    }

    /**
     * Reads the highlighter's output. A start marker opens a highlight and an end marker closes it; a marker out of
     * place is dropped rather than shown, and an unclosed highlight ends with the text.
     */
    static HighlightedText fromMarkers(String marked) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == MARK_START || c == MARK_END) {
                boolean opens = c == MARK_START;
                if (opens != highlighted) {
                    parts.add(new Part(current.toString(), highlighted));
                    current.setLength(0);
                    highlighted = opens;
                }
            } else {
                current.append(c);
            }
        }
        parts.add(new Part(current.toString(), highlighted));
        return new HighlightedText(parts);
    }

    /** The whole text without highlighting, e.g. for an accessible label. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public boolean hasHighlights() {
        return parts.stream().anyMatch(Part::highlighted);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * At most about {@code maxLength} characters around the first highlight, cut at spaces and marked with an
     * ellipsis where text was left out; without highlights, the start of the text.
     */
    HighlightedText excerpt(int maxLength) {
        String text = text();
        if (text.length() <= maxLength) {
            return this;
        }
        int firstHighlight = 0;
        int offset = 0;
        for (Part part : parts) {
            if (part.highlighted()) {
                firstHighlight = offset;
                break;
            }
            offset += part.text().length();
        }
        // Keep some context before the match, a third of the room at most.
        int start = Math.max(0, firstHighlight - maxLength / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= firstHighlight ? start : space + 1;
        }
        int end = Math.min(text.length(), start + maxLength);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        List<Part> kept = new ArrayList<>();
        if (start > 0) {
            kept.add(new Part(ELLIPSIS, false));
        }
        kept.addAll(slice(start, end));
        if (end < text.length()) {
            kept.add(new Part(ELLIPSIS, false));
        }
        return new HighlightedText(kept);
    }

    private List<Part> slice(int from, int to) {
        List<Part> slice = new ArrayList<>();
        int offset = 0;
        for (Part part : parts) {
            int partStart = offset;
            int partEnd = offset + part.text().length();
            offset = partEnd;
            int a = Math.max(from, partStart);
            int b = Math.min(to, partEnd);
            if (a < b) {
                slice.add(new Part(part.text().substring(a - partStart, b - partStart), part.highlighted()));
            }
        }
        return slice;
    }

    private static List<Part> normalise(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : Objects.requireNonNull(parts, "parts")) {
            Objects.requireNonNull(part, "part");
            if (part.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).highlighted() == part.highlighted()) {
                merged.set(last, new Part(merged.get(last).text() + part.text(), part.highlighted()));
            } else {
                merged.add(part);
            }
        }
        return List.copyOf(merged);
    }
}
