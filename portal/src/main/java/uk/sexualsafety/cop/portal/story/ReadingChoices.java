package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.taxonomy.ContentWarning;

import java.util.Collection;
import java.util.Set;

/**
 * How a member wants stories with content warnings shown.
 *
 * @param openStories  open stories straight away instead of showing their warnings first
 * @param alwaysClosed warnings whose stories always stay closed until the member chooses, whatever openStories says
 */
public record ReadingChoices(boolean openStories, Set<ContentWarning> alwaysClosed) {

    /** Every story with a warning stays closed until the reader chooses to read it. */
    public static final ReadingChoices DEFAULT = new ReadingChoices(false, Set.of());

    public ReadingChoices {
        alwaysClosed = Set.copyOf(alwaysClosed);
    }

    /** Whether a story carrying these warnings opens without the reader choosing to read it. */
    public boolean opensDirectly(Collection<ContentWarning> warnings) {
        if (warnings.isEmpty()) {
            return true;
        }
        return openStories && warnings.stream().noneMatch(alwaysClosed::contains);
    }
}
