package uk.sexualsafety.cop.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item found: enough to show it in a list and to link to it. The portal decides the link from type and id.
 *
 * @param id               the item's id within its type
 * @param type             what the item is
 * @param title            its title, plain text
 * @param snippet          a short passage with the matched words marked, or the start of its summary
 * @param score            relevance, only comparable within one search
 * @param date             the item's date (a resource's publication date)
 * @param contentWarnings  the {@code ContentWarning} names the item carries: a reader sees them before any of its text
 * @param organisationName the organisation the item is from, where it is shown to readers (a policy's owner, a case
 *                         study whose author chose to name it); null otherwise
 * @param organisationType the {@code OrganisationType} name of the item's setting, where it has one; null otherwise
 */
public record SearchHit(long id, ContentType type, String title, HighlightedText snippet, float score,
                        LocalDate date, List<String> contentWarnings, String organisationName,
                        String organisationType) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        contentWarnings = List.copyOf(contentWarnings);
    }

    public boolean hasContentWarnings() {
        return !contentWarnings.isEmpty();
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisationName);
    }
}
