package uk.sexualsafety.cop.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item found: enough to show it in a list and to link to it. The portal decides the link from type and id.
 *
 * @param id      the item's id within its type
 * @param type    what the item is
 * @param title   its title, plain text
 * @param snippet a short passage with the matched words marked, or the start of its summary
 * @param score   relevance, only comparable within one search
 * @param date    the item's date (a resource's publication date)
 * @param contentWarnings the {@code ContentWarning} names the item carries: a reader sees them before any of its text
 */
public record SearchHit(long id, ContentType type, String title, HighlightedText snippet, float score,
                        LocalDate date, List<String> contentWarnings) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        contentWarnings = List.copyOf(contentWarnings);
    }

    public boolean hasContentWarnings() {
        return !contentWarnings.isEmpty();
    }
}
